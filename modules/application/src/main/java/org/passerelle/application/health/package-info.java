/**
 * MicroProfile readiness checks, served by WildFly on its management port at {@code /health/ready}:
 * is the database reachable, is the Keycloak realm reachable. They live in this EAR library rather
 * than in the WAR because WildFly does not register health checks of an EAR's web subdeployment
 * (WFLY-12835).
 */
package org.passerelle.application.health;

/**
 * MicroProfile readiness checks, served by WildFly on its management port at {@code /health/ready}:
 * is the database reachable, does the master key open the organisations' data keys; Keycloak's
 * reachability is reported there too but never makes the server unready (tokens already issued
 * are verified with cached keys). Also how a database outage is told apart from a bug
 * ({@link org.passerelle.application.health.ConnectionFailures}) and logged once
 * ({@link org.passerelle.application.health.DatabaseOutage}). The checks live in this EAR library
 * rather than in the WAR because WildFly does not register health checks of an EAR's web
 * subdeployment (WFLY-12835).
 */
package org.passerelle.application.health;

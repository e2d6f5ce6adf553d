/**
 * Integration tests over HTTP against the real stack: the configured WildFly running the EAR,
 * PostgreSQL and Keycloak with the realm of {@code keycloak-realm/}. {@link org.passerelle.it.StackExtension}
 * starts them once for the whole run and stops them at its end, even when a test fails.
 */
package org.passerelle.it;

/**
 * The harness that starts the benchmark's stack (Keycloak, WildFly with the EAR and the baseline
 * WAR, the partner simulator), its HTTP client, tokens and fictitious people: kept as it was until the
 * shared stack kit replaces it.
 */
package org.passerelle.bench.stack;

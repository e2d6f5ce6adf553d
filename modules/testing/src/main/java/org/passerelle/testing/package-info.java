/**
 * The stack kit: the one harness of the integration tests, the benchmarks and the demo data. A
 * {@link org.passerelle.testing.Stack} of its own (ports offset, database, simulator, SMTP, extra
 * WARs, environment), its {@link org.passerelle.testing.ManagedProcess}es with crash and restart,
 * {@link org.passerelle.testing.Tokens} from its Keycloak, and the typed
 * {@link org.passerelle.testing.PasserelleClient} of its API. Waiting is Awaitility's {@code await()}.
 *
 * <p>Plain Java: the JDK, Jackson and Awaitility; the PostgreSQL driver and GreenMail only to start a
 * stack (optional dependencies, declared again by who starts one). Never in the EAR.
 */
package org.passerelle.testing;

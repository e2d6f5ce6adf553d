/**
 * The project's benchmark entry point ({@link org.passerelle.bench.Benchmarks}): measures what
 * secrecy costs against a baseline run in the same process and prints one table, and publishes it
 * with charts in {@code docs/benchmarks.md}.
 *
 * <p>Allowed dependencies: {@code org.passerelle.crypto} and {@code org.passerelle.journal} (the
 * real classes are measured, never re-implemented), passerelle-domain for its migration scripts and
 * its audited entities {@code Person} and {@code Revision} under Hibernate ORM and Envers (the
 * versions WildFly ships), passerelle-secrecy for the field catalogue, JMH, the PostgreSQL driver,
 * Flyway, Jackson (tokens and API answers), the JDK's Java2D (charts) and Flight Recorder (profiles),
 * and Bouncy Castle only as the baseline provider, passed as a {@code Provider} instance. The
 * EAR is measured from outside, over HTTP, on a stack this package starts and stops
 * ({@link org.passerelle.bench.BenchStack}). Baseline code paths (plaintext columns, raw ciphers, a
 * journal table without MAC or chain, an unaudited entity, the plaintext read WAR of
 * {@code org.passerelle.bench.baseline}) exist only here, never in the EAR.
 */
package org.passerelle.bench;

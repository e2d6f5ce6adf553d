/**
 * The project's benchmark entry point ({@link org.passerelle.bench.Benchmarks}): measures what
 * secrecy costs against a baseline run in the same process and prints one table.
 *
 * <p>Allowed dependencies: {@code org.passerelle.crypto} and {@code org.passerelle.journal} (the
 * real classes are measured, never re-implemented), passerelle-domain for its migration scripts
 * only, JMH, the PostgreSQL driver, and Bouncy Castle only as the baseline provider, passed as a
 * {@code Provider} instance. Baseline code paths (plaintext columns, raw ciphers, a journal table
 * without MAC or chain) exist only here, never in the EAR.
 */
package org.passerelle.bench;

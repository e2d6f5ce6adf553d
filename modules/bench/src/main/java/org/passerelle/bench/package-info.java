/**
 * The project's benchmark entry point ({@link org.passerelle.bench.Benchmarks}): measures what
 * secrecy costs against a baseline run in the same process, prints one table and publishes it with
 * charts in {@code docs/benchmarks.md}. One package per figure ({@code crypto}, {@code search} P3,
 * {@code journal} P2, {@code envers} P5, {@code read} P1, {@code delivery} P4, {@code rotation} P6)
 * over {@code load} (load, latencies, rates), {@code report} (table, page, charts), {@code db},
 * {@code seed} (the stack's data); the stack, its tokens and the load client are the stack kit's
 * ({@code modules/testing}).
 *
 * <p>Allowed dependencies: the real classes of crypto, journal, domain and secrecy (measured, never
 * re-implemented), Hibernate ORM and Envers (the versions WildFly ships), JMH, HdrHistogram,
 * JFreeChart, the stack kit, the PostgreSQL driver, Flyway, Jackson, Flight Recorder, and Bouncy Castle only as the
 * baseline provider. Baseline code paths exist only here, never in the EAR.
 */
package org.passerelle.bench;

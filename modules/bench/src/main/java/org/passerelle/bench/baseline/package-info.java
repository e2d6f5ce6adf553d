/**
 * The plaintext baseline of P1, packaged as {@code target/passerelle-bench-baseline.war} and
 * deployed only in the benchmark's own WildFly, beside the EAR: {@code GET
 * /bench-baseline/persons/{id}} reads one row of {@code bench_plain_person} (the same values as the
 * encrypted {@code person} row with that id, in plaintext) through JPA in a transaction and answers
 * the same JSON as {@code GET /api/v1/persons/{id}}. No token, no policy, no decryption, no journal:
 * what an unprotected application would do. Nothing here is loaded by the benchmark JVM.
 *
 * <p>Allowed dependencies: the Jakarta EE APIs and Jackson, as provided by WildFly; nothing of ours.
 */
package org.passerelle.bench.baseline;

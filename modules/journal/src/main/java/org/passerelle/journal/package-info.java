/**
 * The access journal's integrity core (DESIGN S11, §3 "write ahead, seal behind"), as plain Java
 * over JDBC.
 *
 * <p>{@link org.passerelle.journal.JournalWriter} appends a {@link org.passerelle.journal.JournalEntry}
 * with its MAC in the caller's transaction; {@link org.passerelle.journal.JournalSealer} chains
 * committed entries (SHA-256) and signs {@link org.passerelle.journal.Checkpoint}s with the Ed25519
 * key of {@link org.passerelle.journal.JournalKeys}, in the database and as
 * {@link org.passerelle.journal.SignedNote} files; {@link org.passerelle.journal.JournalVerifier}
 * recomputes everything and names the first bad position in a
 * {@link org.passerelle.journal.Verification}. {@link org.passerelle.journal.JournalPurger} applies
 * retention: it deletes the oldest entries behind a signed {@link org.passerelle.journal.Epoch}, the
 * chain's new start.
 *
 * <p>Allowed dependencies: the JDK ({@code java.sql} for the database, SHA-256 and HMAC through the
 * default provider) and Bouncy Castle through {@code org.passerelle.journal.internal} only. No
 * {@code jakarta.*}, no JPA: the connection, its transaction and every setting come from the caller.
 */
package org.passerelle.journal;

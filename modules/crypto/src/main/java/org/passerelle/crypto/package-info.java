/**
 * Field encryption at rest (DESIGN S16), key management and blind indexes (S8), as plain Java.
 *
 * <p>{@link org.passerelle.crypto.FieldCipher} encrypts one column value with AES-256-GCM under a
 * {@link org.passerelle.crypto.DataKey} of the owning organisation, taken from a
 * {@link org.passerelle.crypto.KeyRing}; data keys are stored wrapped by a
 * {@link org.passerelle.crypto.MasterKey} that lives outside the database.
 * {@link org.passerelle.crypto.BlindIndex} turns a normalised value ({@link org.passerelle.crypto.Nir},
 * {@link org.passerelle.crypto.NameAndBirthDate}) into a keyed digest that can be searched for equality.
 *
 * <p>Allowed dependencies: the JDK only (AES-GCM and HMAC go through the JDK provider, which is
 * several times faster than Bouncy Castle's). Bouncy Castle is used only through
 * {@code org.passerelle.crypto.internal}; no {@code jakarta.*}. Configuration values (keys,
 * passwords, paths) are given by constructor; nothing here reads the environment or a database.
 */
package org.passerelle.crypto;

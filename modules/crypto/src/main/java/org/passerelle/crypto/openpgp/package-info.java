/**
 * OpenPGP for the partner exchange ({@code docs/partner-exchange.md} §1 and §3): the keys, a message
 * signed then encrypted, and detached signatures, as the contract fixes them and GnuPG 2.2 reads
 * them.
 *
 * <p>{@link org.passerelle.crypto.openpgp.OpenPgpSecretKey} and
 * {@link org.passerelle.crypto.openpgp.OpenPgpPublicKey} hold keys (v4, Ed25519 primary for
 * certification and signing, Curve25519 ECDH subkey for encryption);
 * {@link org.passerelle.crypto.openpgp.OpenPgp} signs, encrypts, decrypts and verifies. A message that
 * is not exactly what the contract allows is refused with an
 * {@link org.passerelle.crypto.openpgp.OpenPgpException} whose short code can be journaled.
 *
 * <p>Allowed dependencies: the JDK and {@code org.passerelle.crypto.openpgp.internal}, where Bouncy
 * Castle's lightweight OpenPGP API lives. No Bouncy Castle type appears in this package's API, no
 * {@code jakarta.*}, no provider is registered.
 */
package org.passerelle.crypto.openpgp;

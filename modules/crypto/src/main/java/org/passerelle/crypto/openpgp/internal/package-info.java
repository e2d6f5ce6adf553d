/**
 * Bouncy Castle (bcpg, lightweight operators) behind {@code org.passerelle.crypto.openpgp}. Not API:
 * public only so that the parent package can call it.
 *
 * <p>Only the lightweight {@code Bc*} operators are used, so no JCA provider is needed, let alone
 * registered. Every failure is turned into an {@link org.passerelle.crypto.openpgp.OpenPgpException}
 * with a code and no content, key material or Bouncy Castle message.
 */
package org.passerelle.crypto.openpgp.internal;

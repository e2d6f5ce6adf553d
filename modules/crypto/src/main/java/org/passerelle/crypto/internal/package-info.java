/**
 * Bouncy Castle adapters for {@code org.passerelle.crypto}: the BCFKS keystore and HKDF. Not API:
 * public only so that the parent package can call it.
 *
 * <p>Allowed dependencies: the JDK and Bouncy Castle, always through a {@link java.security.Provider}
 * instance or the lightweight API, never {@code Security.addProvider} (a provider registered from a
 * deployment clashes with the next redeploy's copy of the same classes).
 */
package org.passerelle.crypto.internal;

/**
 * Bouncy Castle adapters for {@code org.passerelle.journal}: Ed25519 through the lightweight
 * API (HKDF comes from {@code passerelle-crypto}). Not API: public only so that the parent
 * package can call it.
 *
 * <p>Allowed dependencies: the JDK and Bouncy Castle's lightweight API; never
 * {@code Security.addProvider} (a provider registered from a deployment clashes with the next
 * redeploy's copy of the same classes).
 */
package org.passerelle.journal.internal;

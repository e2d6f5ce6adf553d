/**
 * The orientation (referral) rules of DESIGN §4 and §2 (S1-S5, S7) as pure functions: which actor
 * may move an orientation from which status by which {@link org.passerelle.secrecy.referral.Transition}
 * ({@link org.passerelle.secrecy.referral.ReferralLifecycle}), and what it may share on which grounds:
 * the sender's pick of fields and notes, the information préalable and consent it needs, what its
 * partner sees ({@link org.passerelle.secrecy.referral.ShareGrounding}).
 *
 * <p>No lookups, clock, state or configuration: the caller works out the facts (who the caller is
 * to this orientation, its status, the convention, the consent), asks, enforces the answer and
 * journals its reason code. Depends on the JDK and {@code org.passerelle.secrecy} only.
 */
package org.passerelle.secrecy.referral;

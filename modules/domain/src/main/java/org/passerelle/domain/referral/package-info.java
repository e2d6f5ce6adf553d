/**
 * Orientations (referrals, DESIGN §4) and their timelines: ids, codes, usernames and dates, plus
 * two sealed free texts (the triage reason, the messages). A {@code Referral} moves only as the
 * lifecycle table of DESIGN §4 ({@code secrecy.referral.ReferralLifecycle}) lets its actor move it,
 * and says what happened as a typed {@code ReferralChange}. Depends on {@code secrecy} for the
 * statuses, transitions, actors, cadres and the field catalogue.
 */
package org.passerelle.domain.referral;

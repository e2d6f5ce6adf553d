/**
 * Orientations (referrals, DESIGN §4) and their timelines: ids, codes, usernames and dates, plus
 * two sealed free texts (the triage reason, the messages). Depends on {@code secrecy} for the
 * statuses, transitions, cadres and the field catalogue.
 */
package org.passerelle.domain.referral;

package org.passerelle.domain.referral;

/** How fast the sender asks the partner to look at an orientation; shown in the triage view (S2). */
public enum Urgency {
    NORMAL,
    URGENT
}

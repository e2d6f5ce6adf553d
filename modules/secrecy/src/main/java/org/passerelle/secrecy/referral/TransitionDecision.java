package org.passerelle.secrecy.referral;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ReferralLifecycle#decide} answers: allowed, or refused with a {@link RefusalKind};
 * either way with a stable reason code for the journal (S11).
 *
 * @param refusal    empty when allowed, else why not
 * @param reasonCode a stable slug naming the rule that decided, e.g. {@code wrong-state}
 */
public record TransitionDecision(Optional<RefusalKind> refusal, String reasonCode) {

    public TransitionDecision {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(reasonCode, "reasonCode");
        if (reasonCode.isBlank()) {
            throw new IllegalArgumentException("reasonCode must not be blank");
        }
    }

    /** The transition may go ahead. */
    public static TransitionDecision allow(String reasonCode) {
        return new TransitionDecision(Optional.empty(), reasonCode);
    }

    /** The transition is refused. */
    public static TransitionDecision refuse(RefusalKind kind, String reasonCode) {
        return new TransitionDecision(Optional.of(Objects.requireNonNull(kind, "kind")), reasonCode);
    }

    /** Whether the transition may go ahead. */
    public boolean allowed() {
        return refusal.isEmpty();
    }
}

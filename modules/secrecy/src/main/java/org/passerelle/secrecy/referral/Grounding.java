package org.passerelle.secrecy.referral;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The answer of {@link ShareGrounding#ground}: the pick's violations (422), or the information or
 * consent missing (409, {@code prior-notice-missing} or {@code consent-missing}), or grounded, on
 * the consent it relies on when one is needed.
 */
public record Grounding(List<PickingViolation> violations, Optional<String> missing, Optional<UUID> consentId) {

    public Grounding {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(consentId, "consentId");
        int answers = (violations.isEmpty() ? 0 : 1) + (missing.isPresent() ? 1 : 0);
        if (answers > 1 || answers == 1 && consentId.isPresent()) {
            throw new IllegalArgumentException("A grounding is refused for one reason, or grounded");
        }
    }

    static Grounding invalid(List<PickingViolation> violations) {
        return new Grounding(violations, Optional.empty(), Optional.empty());
    }

    static Grounding missing(String code) {
        return new Grounding(List.of(), Optional.of(code), Optional.empty());
    }

    static Grounding grounded(Optional<UUID> consentId) {
        return new Grounding(List.of(), Optional.empty(), consentId);
    }

    /** Whether the share may leave. */
    public boolean grounded() {
        return violations.isEmpty() && missing.isEmpty();
    }
}

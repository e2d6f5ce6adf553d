package org.passerelle.application.access;

import java.util.Objects;
import org.passerelle.domain.referral.Referral;
import org.passerelle.secrecy.Cadre;

/** The cadre de partage and purpose an access through an orientation is made under (S1), for its entry. */
public record Sharing(Cadre cadre, String purpose) {

    public Sharing {
        Objects.requireNonNull(cadre, "cadre");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** The cadre and purpose an orientation was drafted under. */
    public static Sharing of(Referral referral) {
        return new Sharing(referral.cadre(), referral.purpose());
    }
}

package org.passerelle.application.access;

import java.util.Objects;
import java.util.Set;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Field;

/**
 * What the policy allowed for one access: the fields the work may open, the reason code the entry
 * carries, and the cadre and purpose when the access goes through an orientation (S1).
 *
 * @param sharing {@code null} for an access inside the CCAS
 */
public record Grant(String reasonCode, Set<Field> fields, Sharing sharing) {

    public Grant {
        Objects.requireNonNull(reasonCode, "reasonCode");
        fields = Set.copyOf(fields);
    }

    /** What an allowing decision of the CCAS policy grants. */
    public static Grant of(AccessDecision decision) {
        if (!decision.allowed()) {
            throw new IllegalArgumentException("A refusal grants nothing");
        }
        return new Grant(decision.reasonCode(), decision.visibleFields(), null);
    }

    /** Access to these fields, for this reason. */
    public static Grant of(String reasonCode, Set<Field> fields) {
        return new Grant(reasonCode, fields, null);
    }

    /** Access to these fields through an orientation. */
    public static Grant sharing(String reasonCode, Set<Field> fields, Sharing sharing) {
        return new Grant(reasonCode, fields, Objects.requireNonNull(sharing, "sharing"));
    }
}

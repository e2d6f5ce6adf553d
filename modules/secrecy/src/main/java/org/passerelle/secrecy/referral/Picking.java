package org.passerelle.secrecy.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;

/**
 * Checks the fields a sender picks for an orientation before it is saved or sent (S1, S3, S4).
 * Consent and prior notice are checked at send time by the caller: they may arrive after the pick.
 * Notes are picked one by one among {@code PARTAGEABLE} notes (S9) by the caller; an interne note
 * is not a catalogue field and never reaches this check.
 */
public final class Picking {

    /** S1: the share names no cadre de partage. */
    public static final String NO_CADRE = "no-cadre";
    /** The sender picked no field at all: an orientation must carry what the partner needs. */
    public static final String NOTHING_PICKED = "nothing-picked";
    /** S3: the field is not in the convention's allow-list; the sender may only narrow it. */
    public static final String OUTSIDE_CONVENTION = "outside-convention";
    /** S3: not dossier data a share may carry ({@link Field#isShareable()}), e.g. an orientation's reason. */
    public static final String NOT_SHAREABLE = "not-shareable";
    /** S4: health data never goes to the CAF, whatever the convention or the consent says. */
    public static final String HEALTH_NEVER_TO_CAF = "health-never-to-caf";

    private Picking() {
    }

    /**
     * Every violation of the pick, whole-pick ones first, then per field in catalogue order; empty
     * when the pick may be shared. A field can have two violations (HEALTH outside a CAF convention).
     *
     * @param cadre             the orientation's cadre, or {@code null} when the request names none:
     *                          the one nullable parameter, because a missing cadre is an input error
     *                          to report with the others (S1, 422), not a programming error
     * @param conventionAllowed the convention's allow-list for (partner, cadre, purpose)
     * @param picked            the fields the sender picked
     * @param recipientIsCaf    whether the addressed organisation is a CAF
     */
    public static List<PickingViolation> validate(Cadre cadre, Set<Field> conventionAllowed, Set<Field> picked,
            boolean recipientIsCaf) {
        Objects.requireNonNull(conventionAllowed, "conventionAllowed");
        Objects.requireNonNull(picked, "picked");
        picked.forEach(field -> Objects.requireNonNull(field, "picked element"));
        List<PickingViolation> violations = new ArrayList<>();
        if (cadre == null) {
            violations.add(PickingViolation.of(NO_CADRE));
        }
        if (picked.isEmpty()) {
            violations.add(PickingViolation.of(NOTHING_PICKED));
        }
        for (Field field : Field.values()) {
            if (!picked.contains(field)) {
                continue;
            }
            if (!field.isShareable()) {
                violations.add(PickingViolation.of(NOT_SHAREABLE, field));
            }
            if (!conventionAllowed.contains(field)) {
                violations.add(PickingViolation.of(OUTSIDE_CONVENTION, field));
            }
            if (recipientIsCaf && field.category() == FieldCategory.HEALTH) {
                violations.add(PickingViolation.of(HEALTH_NEVER_TO_CAF, field));
            }
        }
        return List.copyOf(violations);
    }
}

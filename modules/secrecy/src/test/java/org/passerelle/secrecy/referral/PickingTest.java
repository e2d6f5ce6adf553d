package org.passerelle.secrecy.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;

/** S1, S3 and S4 at pick time: each violation the application answers 422 with. */
class PickingTest {

    private static final Set<Field> EVERY_FIELD = EnumSet.allOf(Field.class);
    private static final Set<Field> CAF_CONVENTION =
            EnumSet.of(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES, Field.CASE_HOUSEHOLD, Field.CASE_RESOURCES);

    private static PickingViolation violation(String code, Field field) {
        return new PickingViolation(code, Optional.of(field));
    }

    /** S3: an orientation's own texts are not dossier data: never picked, even if a convention listed them. */
    @Test
    void orientationTextsCannotBePicked() {
        Set<Field> texts = EnumSet.of(Field.REFERRAL_REASON, Field.REFERRAL_MESSAGE);
        assertThat(Picking.validate(Cadre.SOCIAL_ACTION, texts, texts, false)).containsExactly(
                violation("not-shareable", Field.REFERRAL_REASON), violation("not-shareable", Field.REFERRAL_MESSAGE));
    }

    @Test
    void aPickWithinTheConventionIsValid() {
        assertThat(Picking.validate(Cadre.SOCIAL_ACTION, CAF_CONVENTION,
                EnumSet.of(Field.PERSON_LAST_NAME, Field.CASE_RESOURCES), true)).isEmpty();
        assertThat(Picking.validate(Cadre.SOCIAL_ACTION, CAF_CONVENTION, CAF_CONVENTION, true)).isEmpty();
    }

    /** S3: narrowing only; each field outside the allow-list is named, in catalogue order. */
    @Test
    void aFieldOutsideTheConventionCannotBePicked() {
        List<PickingViolation> violations = Picking.validate(Cadre.SOCIAL_ACTION, CAF_CONVENTION,
                EnumSet.of(Field.CASE_HOUSING, Field.PERSON_LAST_NAME, Field.PERSON_NIR), true);

        assertThat(violations).containsExactly(
                violation("outside-convention", Field.PERSON_NIR),
                violation("outside-convention", Field.CASE_HOUSING));
    }

    /** S4: never health to the CAF, even under a (mistaken) convention or cadre that would allow it. */
    @Test
    void healthNeverGoesToTheCaf() {
        for (Cadre cadre : Cadre.values()) {
            assertThat(Picking.validate(cadre, EVERY_FIELD, EnumSet.of(Field.CASE_HEALTH_NOTES), true))
                    .as("%s", cadre).containsExactly(violation("health-never-to-caf", Field.CASE_HEALTH_NOTES));
        }
        assertThat(Picking.validate(Cadre.SOCIAL_ACTION, CAF_CONVENTION, EnumSet.of(Field.CASE_HEALTH_NOTES), true))
                .containsExactly(violation("outside-convention", Field.CASE_HEALTH_NOTES),
                        violation("health-never-to-caf", Field.CASE_HEALTH_NOTES));
    }

    /** Health may go to the CPAM or the Département where the convention allows it (consent checked at send). */
    @Test
    void healthMayGoToAnotherPartnerWithinItsConvention() {
        assertThat(Picking.validate(Cadre.HEALTH, EVERY_FIELD, EnumSet.of(Field.CASE_HEALTH_NOTES), false)).isEmpty();
    }

    @Test
    void anEmptyPickIsRefused() {
        assertThat(Picking.validate(Cadre.RSA, CAF_CONVENTION, Set.of(), true))
                .containsExactly(new PickingViolation("nothing-picked", Optional.empty()));
    }

    /** S1: no cadre, no share; reported with the other violations rather than thrown. */
    @Test
    void aMissingCadreIsAViolation() {
        assertThat(Picking.validate(null, CAF_CONVENTION, Set.of(), true)).containsExactly(
                new PickingViolation("no-cadre", Optional.empty()),
                new PickingViolation("nothing-picked", Optional.empty()));
    }

    @Test
    void theListIsUnmodifiable() {
        List<PickingViolation> violations = Picking.validate(Cadre.RSA, CAF_CONVENTION, Set.of(), true);

        assertThatThrownBy(() -> violations.add(violation("x", Field.NOTE_BODY)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheMissingParameter() {
        assertThatNullPointerException().isThrownBy(() -> Picking.validate(Cadre.RSA, null, Set.of(), true))
                .withMessage("conventionAllowed");
        assertThatNullPointerException().isThrownBy(() -> Picking.validate(Cadre.RSA, Set.of(), null, true))
                .withMessage("picked");
        assertThatNullPointerException().isThrownBy(() -> new PickingViolation(null, Optional.empty()))
                .withMessage("code");
        assertThatIllegalArgumentException().isThrownBy(() -> new PickingViolation(" ", Optional.empty()));
    }
}

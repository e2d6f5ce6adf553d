package org.passerelle.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A decision that could leak cannot even be built. */
class AccessDecisionTest {

    @Test
    void aRefusalCarriesNoFieldAndNoNir() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AccessDecision(
                        Outcome.FORBIDDEN, Set.of(Field.PERSON_LAST_NAME), NirDisclosure.NONE, "unassigned"));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new AccessDecision(Outcome.NOT_FOUND, Set.of(), NirDisclosure.MASKED, "other-organisation"));

        AccessDecision refusal = AccessDecision.refuse(Outcome.RESTRICTED, "restricted");
        assertThat(refusal.visibleFields()).isEmpty();
        assertThat(refusal.nir()).isEqualTo(NirDisclosure.NONE);
        assertThat(refusal.allowed()).isFalse();
    }

    @Test
    void theNirIsDisclosedExactlyWhenItIsAVisibleField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AccessDecision.allow(Set.of(Field.PERSON_LAST_NAME), NirDisclosure.FULL, "allowed"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AccessDecision.allow(Set.of(Field.PERSON_NIR), NirDisclosure.NONE, "allowed"));

        assertThat(AccessDecision.allow(Set.of(Field.PERSON_NIR), NirDisclosure.MASKED, "allowed")
                        .allowed())
                .isTrue();
    }

    @Test
    void aRefusalCannotBeAnAllowance() {
        assertThatIllegalArgumentException().isThrownBy(() -> AccessDecision.refuse(Outcome.ALLOW, "allowed"));
    }

    @Test
    void theReasonCodeIsNotBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> AccessDecision.refuse(Outcome.FORBIDDEN, " "));
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheFields() {
        Set<Field> fields = EnumSet.of(Field.PERSON_LAST_NAME);
        AccessDecision decision = AccessDecision.allow(fields, NirDisclosure.NONE, "reception-scope");

        fields.add(Field.NOTE_BODY);

        assertThat(decision.visibleFields()).containsExactly(Field.PERSON_LAST_NAME);
        assertThatThrownBy(() -> decision.visibleFields().add(Field.NOTE_BODY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheMissingParameter() {
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessDecision(null, Set.of(), NirDisclosure.NONE, "x"))
                .withMessage("outcome");
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessDecision(Outcome.ALLOW, null, NirDisclosure.NONE, "x"))
                .withMessage("visibleFields");
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessDecision(Outcome.ALLOW, Set.of(), null, "x"))
                .withMessage("nir");
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessDecision(Outcome.ALLOW, Set.of(), NirDisclosure.NONE, null))
                .withMessage("reasonCode");
    }
}

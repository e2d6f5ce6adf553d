package org.passerelle.secrecy.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;

/** S2, S3, S4 and S7 on the partner's view; fields named by their published keys where it matters. */
class SharedViewTest {

    private static final Set<Field> EVERY_FIELD = EnumSet.allOf(Field.class);
    /** What a share may ever carry, named independently of {@code Field.isShareable}: never an orientation's own texts. */
    private static final Set<Field> DOSSIER_FIELDS = EVERY_FIELD.stream()
            .filter(f -> !f.key().startsWith("referral."))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Field.class)));
    private static final Set<FieldCategory> NO_CONSENT = Set.of();

    private static Set<Field> visible(Cadre cadre, Set<Field> allowed, Set<Field> picked, Set<FieldCategory> consented) {
        return SharedView.visibleFields(cadre, allowed, picked, consented, ReferralStatus.ACCEPTED, true);
    }

    private static Set<String> keys(Set<Field> fields) {
        return fields.stream().map(Field::key).collect(Collectors.toSet());
    }

    @Test
    void theTriageViewHoldsNoPersonalField() {
        assertThat(SharedView.triageFields()).isEmpty();
    }

    /** S3: the sender narrows the allow-list, never widens it. */
    @Test
    void thePickOnlyNarrowsTheConvention() {
        Set<Field> allowed = EnumSet.of(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES, Field.CASE_RESOURCES);
        Set<Field> picked = EnumSet.of(Field.PERSON_LAST_NAME, Field.CASE_RESOURCES, Field.PERSON_NIR, Field.NOTE_BODY);

        assertThat(keys(visible(Cadre.SOCIAL_ACTION, allowed, picked, NO_CONSENT)))
                .containsExactlyInAnyOrder("person.lastName", "case.resources");
        assertThat(visible(Cadre.SOCIAL_ACTION, allowed, EVERY_FIELD, NO_CONSENT)).isEqualTo(allowed);
        assertThat(visible(Cadre.SOCIAL_ACTION, EVERY_FIELD, Set.of(Field.PERSON_PHONE), NO_CONSENT))
                .containsExactly(Field.PERSON_PHONE);
    }

    /** S3: under a cadre that rests on consent, only the consented categories. */
    @Test
    void underAConsentCadreOnlyTheConsentedCategoriesShow() {
        Set<Field> shown = visible(Cadre.CONSENT, EVERY_FIELD, EVERY_FIELD,
                EnumSet.of(FieldCategory.IDENTITY, FieldCategory.HOUSING));

        assertThat(keys(shown)).containsExactlyInAnyOrder(
                "person.lastName", "person.firstNames", "person.birthName", "person.birthDate", "case.housing");
        assertThat(visible(Cadre.CONSENT, EVERY_FIELD, EVERY_FIELD, NO_CONSENT)).isEmpty();
        assertThat(visible(Cadre.HEALTH, EVERY_FIELD, EVERY_FIELD, EnumSet.of(FieldCategory.HEALTH)))
                .containsExactly(Field.CASE_HEALTH_NOTES);
    }

    /** S4: social action needs no consent, except for health data, which always does. */
    @Test
    void healthNeedsConsentEvenWhereTheCadreDoesNot() {
        Set<Field> withoutConsent = visible(Cadre.SOCIAL_ACTION, EVERY_FIELD, EVERY_FIELD, NO_CONSENT);
        assertThat(withoutConsent).doesNotContain(Field.CASE_HEALTH_NOTES).isEqualTo(without(DOSSIER_FIELDS, Field.CASE_HEALTH_NOTES));

        Set<Field> withHealthConsent =
                visible(Cadre.SOCIAL_ACTION, EVERY_FIELD, EVERY_FIELD, EnumSet.of(FieldCategory.HEALTH));
        assertThat(withHealthConsent).isEqualTo(DOSSIER_FIELDS);

        for (Cadre cadre : Cadre.values()) {
            assertThat(visible(cadre, EVERY_FIELD, EVERY_FIELD, EnumSet.complementOf(EnumSet.of(FieldCategory.HEALTH))))
                    .as("%s", cadre).doesNotContain(Field.CASE_HEALTH_NOTES);
        }
    }

    /** S2 and S7: only the named recipient, and only between acceptance and the end. */
    @Test
    void onlyTheRecipientReadsAndOnlyWhileTheOrientationRuns() {
        for (ReferralStatus status : ReferralStatus.values()) {
            Set<Field> recipient = SharedView.visibleFields(
                    Cadre.SOCIAL_ACTION, EVERY_FIELD, EVERY_FIELD, NO_CONSENT, status, true);
            Set<Field> colleague = SharedView.visibleFields(
                    Cadre.SOCIAL_ACTION, EVERY_FIELD, EVERY_FIELD, NO_CONSENT, status, false);

            assertThat(colleague).as("%s", status).isEmpty();
            boolean running = List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD)
                    .contains(status);
            assertThat(recipient.isEmpty()).as("%s", status).isEqualTo(!running);
        }
    }

    /**
     * Every cadre × every consent scope (all 2^9 category sets), the whole catalogue allowed and
     * picked: a field shows exactly when its category is consented or consent is not needed for it.
     */
    @Test
    void consentScopeAcrossEveryCadreAndCategorySet() {
        FieldCategory[] categories = FieldCategory.values();
        for (Cadre cadre : Cadre.values()) {
            boolean cadreNeedsConsent = cadre == Cadre.HEALTH || cadre == Cadre.CONSENT;
            for (int mask = 0; mask < 1 << categories.length; mask++) {
                Set<FieldCategory> consented = EnumSet.noneOf(FieldCategory.class);
                for (int i = 0; i < categories.length; i++) {
                    if ((mask & 1 << i) != 0) {
                        consented.add(categories[i]);
                    }
                }
                Set<Field> expected = EnumSet.noneOf(Field.class);
                for (Field field : Field.values()) {
                    boolean health = field.key().equals("case.healthNotes");
                    if (field.key().startsWith("referral.")) {
                        continue;
                    }
                    if ((!cadreNeedsConsent && !health) || consented.contains(field.category())) {
                        expected.add(field);
                    }
                }
                assertThat(visible(cadre, EVERY_FIELD, EVERY_FIELD, consented)).as("%s %s", cadre, consented)
                        .isEqualTo(expected);
            }
        }
    }

    /** An orientation's reason and messages are never shared fields, even if a convention or pick named them. */
    @Test
    void orientationTextsAreNeverSharedFields() {
        Set<Field> texts = EnumSet.of(Field.REFERRAL_REASON, Field.REFERRAL_MESSAGE);
        assertThat(visible(Cadre.CONSENT, texts, texts, EnumSet.allOf(FieldCategory.class))).isEmpty();
    }

    private static Set<Field> without(Set<Field> fields, Field removed) {
        Set<Field> copy = EnumSet.copyOf(fields);
        copy.remove(removed);
        return copy;
    }

    @Test
    void returnsItsOwnUnmodifiableSet() {
        Set<Field> picked = new HashSet<>(Set.of(Field.PERSON_LAST_NAME));
        Set<Field> shown = visible(Cadre.SOCIAL_ACTION, EVERY_FIELD, picked, NO_CONSENT);

        picked.add(Field.PERSON_NIR);

        assertThat(shown).containsExactly(Field.PERSON_LAST_NAME);
        assertThatThrownBy(() -> shown.add(Field.PERSON_NIR)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheMissingParameter() {
        assertThatNullPointerException().isThrownBy(() -> SharedView.visibleFields(
                null, EVERY_FIELD, EVERY_FIELD, NO_CONSENT, ReferralStatus.ACCEPTED, true)).withMessage("cadre");
        assertThatNullPointerException().isThrownBy(() -> SharedView.visibleFields(
                Cadre.RSA, null, EVERY_FIELD, NO_CONSENT, ReferralStatus.ACCEPTED, true))
                .withMessage("conventionAllowed");
        assertThatNullPointerException().isThrownBy(() -> SharedView.visibleFields(
                Cadre.RSA, EVERY_FIELD, null, NO_CONSENT, ReferralStatus.ACCEPTED, true)).withMessage("picked");
        assertThatNullPointerException().isThrownBy(() -> SharedView.visibleFields(
                Cadre.RSA, EVERY_FIELD, EVERY_FIELD, null, ReferralStatus.ACCEPTED, true))
                .withMessage("consentedCategories");
        assertThatNullPointerException().isThrownBy(() -> SharedView.visibleFields(
                Cadre.RSA, EVERY_FIELD, EVERY_FIELD, NO_CONSENT, null, true)).withMessage("status");
    }
}

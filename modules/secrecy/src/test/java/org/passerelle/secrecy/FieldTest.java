package org.passerelle.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue is a published interface: its keys and categories are pinned here, one by one. */
class FieldTest {

    @Test
    void everyFieldHasItsPublishedKeyAndCategory() {
        Map<String, FieldCategory> catalogue =
                Arrays.stream(Field.values()).collect(Collectors.toMap(Field::key, Field::category));

        assertThat(catalogue)
                .containsOnly(
                        entry("person.lastName", FieldCategory.IDENTITY),
                        entry("person.firstNames", FieldCategory.IDENTITY),
                        entry("person.birthName", FieldCategory.IDENTITY),
                        entry("person.birthDate", FieldCategory.IDENTITY),
                        entry("person.nir", FieldCategory.NIR),
                        entry("person.address", FieldCategory.CONTACT),
                        entry("person.phone", FieldCategory.CONTACT),
                        entry("person.email", FieldCategory.CONTACT),
                        entry("person.preferredLanguage", FieldCategory.CONTACT),
                        entry("person.contactChannel", FieldCategory.CONTACT),
                        entry("case.household", FieldCategory.FAMILY),
                        entry("case.resources", FieldCategory.RESOURCES),
                        entry("case.housing", FieldCategory.HOUSING),
                        entry("case.healthNotes", FieldCategory.HEALTH),
                        entry("case.rsaStatus", FieldCategory.RSA),
                        entry("note.body", FieldCategory.NOTES),
                        entry("referral.reason", FieldCategory.NOTES),
                        entry("referral.message", FieldCategory.NOTES));
    }

    /** S3, S9: only dossier data and the body of partageable notes may be picked or allowed. */
    @Test
    void onlyPersonCaseAndNoteBodyAreShareable() {
        assertThat(Arrays.stream(Field.values()).filter(f -> !f.isShareable()).map(Field::key))
                .containsExactly("referral.reason", "referral.message");
        assertThat(Field.NOTE_BODY.isShareable()).isTrue();
    }

    @Test
    void keysAreUnique() {
        assertThat(Arrays.stream(Field.values()).map(Field::key)).doesNotHaveDuplicates();
    }

    @Test
    void byKeyRoundTrips() {
        for (Field field : Field.values()) {
            assertThat(Field.byKey(field.key())).contains(field);
        }
    }

    @Test
    void byKeyMatchesExactlyOnly() {
        assertThat(Field.byKey("person.NIR")).isEmpty();
        assertThat(Field.byKey(" person.nir")).isEmpty();
        assertThat(Field.byKey("PERSON_NIR")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> Field.byKey(null)).withMessage("key");
    }

    @Test
    void everyCategoryHasAtLeastOneField() {
        assertThat(Arrays.stream(Field.values()).map(Field::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(FieldCategory.values());
    }

    @Test
    void inCategoriesSelectsExactlyTheirFieldsInCatalogueOrder() {
        assertThat(Field.inCategories(EnumSet.of(FieldCategory.NIR, FieldCategory.NOTES)))
                .containsExactly(Field.PERSON_NIR, Field.NOTE_BODY, Field.REFERRAL_REASON, Field.REFERRAL_MESSAGE);
        assertThat(Field.inCategories(Set.of(FieldCategory.IDENTITY)))
                .containsExactly(
                        Field.PERSON_LAST_NAME,
                        Field.PERSON_FIRST_NAMES,
                        Field.PERSON_BIRTH_NAME,
                        Field.PERSON_BIRTH_DATE);
        assertThat(Field.inCategories(Set.of())).isEmpty();
        assertThat(Field.inCategories(EnumSet.allOf(FieldCategory.class))).containsExactly(Field.values());
        assertThatNullPointerException()
                .isThrownBy(() -> Field.inCategories(null))
                .withMessage("categories");
    }
}

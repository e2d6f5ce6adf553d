package org.passerelle.secrecy.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;

/** S1, S3, S4 and S9 for orientations: the pick, the grounding at sending, the partner's view; notes one by one. */
class ShareGroundingTest {

    private static final Set<Field> EVERY_FIELD = EnumSet.allOf(Field.class);
    /** The seeded CAF "accès aux droits" convention, in short: identity, household, resources, notes. */
    private static final Set<Field> CAF_CONVENTION = EnumSet.of(
            Field.PERSON_LAST_NAME,
            Field.PERSON_FIRST_NAMES,
            Field.CASE_HOUSEHOLD,
            Field.CASE_RESOURCES,
            Field.NOTE_BODY);
    /** A CPAM convention allowing health data and notes. */
    private static final Set<Field> CPAM_CONVENTION =
            EnumSet.of(Field.PERSON_LAST_NAME, Field.CASE_HEALTH_NOTES, Field.CASE_RESOURCES, Field.NOTE_BODY);

    private static final Set<FieldCategory> NO_CONSENT = Set.of();

    private static final NoteFacts HEALTH_NOTE = note(NoteType.PARTAGEABLE, FieldCategory.HEALTH);
    private static final NoteFacts RESOURCES_NOTE = note(NoteType.PARTAGEABLE, FieldCategory.RESOURCES);
    private static final NoteFacts SOCIAL_NOTE = note(NoteType.PARTAGEABLE, FieldCategory.NOTES);
    private static final NoteFacts HOUSING_NOTE = note(NoteType.PARTAGEABLE, FieldCategory.HOUSING);
    private static final NoteFacts INTERNE_NOTE = note(NoteType.INTERNE, FieldCategory.RESOURCES);
    private static final List<NoteFacts> DOSSIER =
            List.of(HEALTH_NOTE, RESOURCES_NOTE, SOCIAL_NOTE, HOUSING_NOTE, INTERNE_NOTE);

    private static NoteFacts note(NoteType type, FieldCategory category) {
        return new NoteFacts(UUID.randomUUID(), type, category);
    }

    private static ShareTerms caf(Cadre cadre, Set<Field> allowed) {
        return new ShareTerms("caf-49", true, cadre, "acces-aux-droits", allowed);
    }

    private static ShareTerms cpam(Cadre cadre, Set<Field> allowed) {
        return new ShareTerms("cpam-49", false, cadre, "acces-aux-soins", allowed);
    }

    private static Share share(ShareTerms terms, Set<Field> fields, NoteFacts... notes) {
        return new Share(
                terms, fields, Set.of(notes).stream().map(NoteFacts::id).collect(Collectors.toSet()), DOSSIER);
    }

    private static PickingViolation violation(String code, Field field) {
        return new PickingViolation(code, Optional.of(field), Optional.empty());
    }

    private static PickingViolation violation(String code, NoteFacts note) {
        return new PickingViolation(code, Optional.empty(), Optional.of(note.id()));
    }

    private static ConsentFacts consent(String recipient, String purpose, FieldCategory... categories) {
        return new ConsentFacts(UUID.randomUUID(), recipient, purpose, Set.of(categories));
    }

    private static NoticeFacts notice(String recipient, FieldCategory... categories) {
        return new NoticeFacts(Set.of(recipient), Set.of(categories));
    }

    private static Visible accepted(Share share, Set<FieldCategory> consented) {
        return ShareGrounding.visible(share, consented, ReferralStatus.ACCEPTED, true);
    }

    /** The notes and fields checked when the sender picks (422), before any consent or notice is asked. */
    @Nested
    class ThePick {

        @Test
        void aPickWithinTheConventionIsValid() {
            assertThat(ShareGrounding.checkPick(share(
                            caf(Cadre.SOCIAL_ACTION, CAF_CONVENTION),
                            EnumSet.of(Field.PERSON_LAST_NAME, Field.CASE_RESOURCES),
                            RESOURCES_NOTE,
                            SOCIAL_NOTE)))
                    .isEmpty();
            assertThat(ShareGrounding.checkPick(
                            share(caf(Cadre.SOCIAL_ACTION, CAF_CONVENTION), EnumSet.of(Field.PERSON_LAST_NAME))))
                    .isEmpty();
        }

        /** S3: narrowing only; each field outside the allow-list is named, in catalogue order. */
        @Test
        void aFieldOutsideTheConventionCannotBePicked() {
            assertThat(ShareGrounding.checkPick(share(
                            caf(Cadre.SOCIAL_ACTION, CAF_CONVENTION),
                            EnumSet.of(Field.CASE_HOUSING, Field.PERSON_LAST_NAME, Field.PERSON_NIR))))
                    .containsExactly(
                            violation("outside-convention", Field.PERSON_NIR),
                            violation("outside-convention", Field.CASE_HOUSING));
        }

        /** S3: an orientation's own texts are not dossier data: never picked, even if a convention listed them. */
        @Test
        void orientationTextsCannotBePicked() {
            Set<Field> texts = EnumSet.of(Field.REFERRAL_REASON, Field.REFERRAL_MESSAGE);
            assertThat(ShareGrounding.checkPick(share(cpam(Cadre.SOCIAL_ACTION, texts), texts)))
                    .containsExactly(
                            violation("not-shareable", Field.REFERRAL_REASON),
                            violation("not-shareable", Field.REFERRAL_MESSAGE));
        }

        /** S4: never health to the CAF, even under a (mistaken) convention or cadre that would allow it. */
        @Test
        void healthFieldNeverGoesToTheCaf() {
            for (Cadre cadre : Cadre.values()) {
                assertThat(ShareGrounding.checkPick(
                                share(caf(cadre, EVERY_FIELD), EnumSet.of(Field.CASE_HEALTH_NOTES))))
                        .as("%s", cadre)
                        .containsExactly(violation("health-never-to-caf", Field.CASE_HEALTH_NOTES));
            }
            assertThat(ShareGrounding.checkPick(
                            share(caf(Cadre.SOCIAL_ACTION, CAF_CONVENTION), EnumSet.of(Field.CASE_HEALTH_NOTES))))
                    .containsExactly(
                            violation("outside-convention", Field.CASE_HEALTH_NOTES),
                            violation("health-never-to-caf", Field.CASE_HEALTH_NOTES));
        }

        /** A HEALTH note is health data: never to the CAF, whatever the convention, the cadre or the pick. */
        @Test
        void aHealthNoteNeverGoesToTheCaf() {
            for (Cadre cadre : Cadre.values()) {
                assertThat(ShareGrounding.checkPick(share(caf(cadre, EVERY_FIELD), Set.of(), HEALTH_NOTE)))
                        .as("%s", cadre)
                        .containsExactly(violation("health-never-to-caf", HEALTH_NOTE));
            }
            assertThat(ShareGrounding.checkPick(share(
                            caf(Cadre.SOCIAL_ACTION, CAF_CONVENTION),
                            EnumSet.of(Field.PERSON_LAST_NAME),
                            RESOURCES_NOTE,
                            HEALTH_NOTE)))
                    .containsExactly(
                            violation("outside-convention", HEALTH_NOTE),
                            violation("health-never-to-caf", HEALTH_NOTE));
        }

        /** A note is data of its own category: the convention must allow notes and that category. */
        @Test
        void aNoteNeedsNotesAndItsCategoryInTheConvention() {
            Set<Field> withoutNotes = EnumSet.of(Field.PERSON_LAST_NAME, Field.CASE_RESOURCES);
            assertThat(ShareGrounding.checkPick(
                            share(caf(Cadre.SOCIAL_ACTION, withoutNotes), Set.of(), RESOURCES_NOTE)))
                    .containsExactly(violation("outside-convention", RESOURCES_NOTE));
            assertThat(ShareGrounding.checkPick(
                            share(caf(Cadre.SOCIAL_ACTION, CAF_CONVENTION), Set.of(), HOUSING_NOTE)))
                    .as("no housing field in this convention")
                    .containsExactly(violation("outside-convention", HOUSING_NOTE));
            assertThat(ShareGrounding.checkPick(
                            share(caf(Cadre.SOCIAL_ACTION, EnumSet.of(Field.NOTE_BODY)), Set.of(), SOCIAL_NOTE)))
                    .as("a social note needs notes only")
                    .isEmpty();
        }

        /** S9 and S3: interne notes, ids of no note of the dossier, and note.body named as a field. */
        @Test
        void notesArePickedOneByOneAmongThePartageableNotesOfTheDossier() {
            UUID elsewhere = UUID.randomUUID();
            Share share = new Share(
                    cpam(Cadre.SOCIAL_ACTION, CPAM_CONVENTION),
                    EnumSet.of(Field.NOTE_BODY),
                    Set.of(INTERNE_NOTE.id(), elsewhere, RESOURCES_NOTE.id()),
                    DOSSIER);

            assertThat(ShareGrounding.checkPick(share))
                    .containsExactly(
                            violation("notes-picked-one-by-one", Field.NOTE_BODY),
                            violation("note-interne", INTERNE_NOTE),
                            new PickingViolation("note-not-in-dossier", Optional.empty(), Optional.of(elsewhere)));
        }

        @Test
        void anEmptyPickIsRefusedButNotesAloneAreAPick() {
            assertThat(ShareGrounding.checkPick(share(caf(Cadre.RSA, CAF_CONVENTION), Set.of())))
                    .containsExactly(new PickingViolation("nothing-picked", Optional.empty(), Optional.empty()));
            assertThat(ShareGrounding.checkPick(share(caf(Cadre.RSA, CAF_CONVENTION), Set.of(), RESOURCES_NOTE)))
                    .isEmpty();
        }

        /** S1: no cadre, no share; reported with the other violations rather than thrown. */
        @Test
        void aMissingCadreIsAViolation() {
            assertThat(ShareGrounding.checkPick(share(caf(null, CAF_CONVENTION), Set.of())))
                    .containsExactly(
                            new PickingViolation("no-cadre", Optional.empty(), Optional.empty()),
                            new PickingViolation("nothing-picked", Optional.empty(), Optional.empty()));
        }

        /** What the picker shows beside each note: the refusals of the pick, consent aside. */
        @Test
        void theRefusalsOfEachNoteForThePicker() {
            ShareTerms caf = caf(Cadre.SOCIAL_ACTION, CAF_CONVENTION);
            assertThat(ShareGrounding.noteRefusals(caf, RESOURCES_NOTE)).isEmpty();
            assertThat(ShareGrounding.noteRefusals(caf, HEALTH_NOTE))
                    .containsExactly("outside-convention", "health-never-to-caf");
            assertThat(ShareGrounding.noteRefusals(caf(Cadre.SOCIAL_ACTION, EVERY_FIELD), HEALTH_NOTE))
                    .containsExactly("health-never-to-caf");
            assertThat(ShareGrounding.noteRefusals(caf, INTERNE_NOTE)).containsExactly("note-interne");
            assertThat(ShareGrounding.noteRefusals(cpam(Cadre.SOCIAL_ACTION, CPAM_CONVENTION), HEALTH_NOTE))
                    .as("consent is asked at sending")
                    .isEmpty();
        }
    }

    /** S4 when the orientation is sent (409): the information préalable, then the consent. */
    @Nested
    class TheGrounding {

        private final Share cpamHealthNote =
                share(cpam(Cadre.SOCIAL_ACTION, CPAM_CONVENTION), EnumSet.of(Field.PERSON_LAST_NAME), HEALTH_NOTE);

        @Test
        void aHealthNoteToTheCpamNeedsAHealthConsentToTheCpam() {
            List<NoticeFacts> notices = List.of(notice("cpam-49", FieldCategory.IDENTITY, FieldCategory.HEALTH));
            assertThat(ShareGrounding.ground(cpamHealthNote, false, notices, List.of())
                            .missing())
                    .contains("consent-missing");
            assertThat(ShareGrounding.ground(
                                    cpamHealthNote,
                                    false,
                                    notices,
                                    List.of(consent("cpam-49", "acces-aux-soins", FieldCategory.RESOURCES)))
                            .missing())
                    .contains("consent-missing");
            assertThat(ShareGrounding.ground(
                                    cpamHealthNote,
                                    false,
                                    notices,
                                    List.of(consent("dept-49", "acces-aux-soins", FieldCategory.HEALTH)))
                            .missing())
                    .as("a health consent to another organisation")
                    .contains("consent-missing");
            assertThat(ShareGrounding.ground(
                                    cpamHealthNote,
                                    false,
                                    notices,
                                    List.of(consent("cpam-49", "insertion", FieldCategory.HEALTH)))
                            .missing())
                    .as("for another purpose")
                    .contains("consent-missing");

            ConsentFacts health = consent("cpam-49", "acces-aux-soins", FieldCategory.HEALTH);
            Grounding grounded = ShareGrounding.ground(
                    cpamHealthNote,
                    false,
                    notices,
                    List.of(consent("dept-49", "acces-aux-soins", FieldCategory.HEALTH), health));
            assertThat(grounded.grounded()).isTrue();
            assertThat(grounded.consentId()).contains(health.id());
        }

        /** Under social action, no consent for the rest: grounded on none. */
        @Test
        void withoutHealthNoConsentIsNeededUnderSocialAction() {
            Share resources = share(
                    cpam(Cadre.SOCIAL_ACTION, CPAM_CONVENTION), EnumSet.of(Field.PERSON_LAST_NAME), RESOURCES_NOTE);
            Grounding grounded = ShareGrounding.ground(resources, true, List.of(), List.of());
            assertThat(grounded.grounded()).isTrue();
            assertThat(grounded.consentId()).isEmpty();
        }

        /** Under a consent cadre, the consent covers every category shared, the notes' included. */
        @Test
        void underAConsentCadreTheConsentCoversTheNotesCategories() {
            Share share =
                    share(cpam(Cadre.CONSENT, CPAM_CONVENTION), EnumSet.of(Field.PERSON_LAST_NAME), RESOURCES_NOTE);
            assertThat(ShareGrounding.ground(
                                    share,
                                    true,
                                    List.of(),
                                    List.of(consent("cpam-49", "acces-aux-soins", FieldCategory.IDENTITY)))
                            .missing())
                    .contains("consent-missing");
            assertThat(ShareGrounding.ground(
                                    share,
                                    true,
                                    List.of(),
                                    List.of(consent(
                                            "cpam-49",
                                            "acces-aux-soins",
                                            FieldCategory.IDENTITY,
                                            FieldCategory.RESOURCES)))
                            .grounded())
                    .isTrue();
        }

        /** The first share to an organisation needs a notice naming it and covering every category, notes' included. */
        @Test
        void aFirstShareNeedsThePriorNotice() {
            ConsentFacts health = consent("cpam-49", "acces-aux-soins", FieldCategory.HEALTH);
            assertThat(ShareGrounding.ground(cpamHealthNote, false, List.of(), List.of(health))
                            .missing())
                    .contains("prior-notice-missing");
            assertThat(ShareGrounding.ground(
                                    cpamHealthNote,
                                    false,
                                    List.of(notice("cpam-49", FieldCategory.IDENTITY)),
                                    List.of(health))
                            .missing())
                    .as("the note's category is not covered")
                    .contains("prior-notice-missing");
            assertThat(ShareGrounding.ground(
                                    cpamHealthNote,
                                    false,
                                    List.of(notice("caf-49", FieldCategory.IDENTITY, FieldCategory.HEALTH)),
                                    List.of(health))
                            .missing())
                    .as("told of another organisation")
                    .contains("prior-notice-missing");
            assertThat(ShareGrounding.ground(cpamHealthNote, true, List.of(), List.of(health))
                            .grounded())
                    .as("not the first share")
                    .isTrue();
        }

        /** The notice comes first, as the agent records it first. */
        @Test
        void theNoticeIsAskedBeforeTheConsent() {
            assertThat(ShareGrounding.ground(cpamHealthNote, false, List.of(), List.of())
                            .missing())
                    .contains("prior-notice-missing");
        }

        /** A HEALTH note to the CAF is refused at sending too, whatever is consented or noticed. */
        @Test
        void anInvalidPickIsNotGroundedWhateverTheConsent() {
            Share toCaf = share(caf(Cadre.CONSENT, EVERY_FIELD), EnumSet.of(Field.PERSON_LAST_NAME), HEALTH_NOTE);
            Grounding refused = ShareGrounding.ground(
                    toCaf,
                    true,
                    List.of(notice("caf-49", FieldCategory.values())),
                    List.of(consent("caf-49", "acces-aux-droits", FieldCategory.values())));
            assertThat(refused.grounded()).isFalse();
            assertThat(refused.violations()).containsExactly(violation("health-never-to-caf", HEALTH_NOTE));
            assertThat(refused.consentId()).isEmpty();
        }
    }

    /** S2, S3, S4 and S7: what the partner sees, notes included. */
    @Nested
    class ThePartnersView {

        @Test
        void theViewHoldsNoPersonalFieldBeforeAcceptanceNorForAColleague() {
            Share share = share(caf(Cadre.SOCIAL_ACTION, CAF_CONVENTION), CAF_CONVENTION, RESOURCES_NOTE);
            for (ReferralStatus status : ReferralStatus.values()) {
                Visible recipient = ShareGrounding.visible(share, NO_CONSENT, status, true);
                assertThat(ShareGrounding.visible(share, NO_CONSENT, status, false))
                        .as("%s", status)
                        .isEqualTo(Visible.NOTHING);
                boolean running = List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD)
                        .contains(status);
                assertThat(recipient.equals(Visible.NOTHING)).as("%s", status).isEqualTo(!running);
            }
        }

        /** S3: the sender narrows the allow-list, never widens it. */
        @Test
        void thePickOnlyNarrowsTheConvention() {
            Set<Field> allowed = EnumSet.of(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES, Field.CASE_RESOURCES);
            Set<Field> picked = EnumSet.of(Field.PERSON_LAST_NAME, Field.CASE_RESOURCES, Field.PERSON_NIR);
            assertThat(accepted(share(cpam(Cadre.SOCIAL_ACTION, allowed), picked), NO_CONSENT)
                            .fields())
                    .containsExactly(Field.PERSON_LAST_NAME, Field.CASE_RESOURCES);
            assertThat(accepted(share(cpam(Cadre.SOCIAL_ACTION, EVERY_FIELD), Set.of(Field.PERSON_PHONE)), NO_CONSENT)
                            .fields())
                    .containsExactly(Field.PERSON_PHONE);
        }

        /** Exactly the notes picked: not the others of the dossier, not a note written after the pick. */
        @Test
        void exactlyThePickedNotesShow() {
            Share share = share(cpam(Cadre.SOCIAL_ACTION, CPAM_CONVENTION), Set.of(), RESOURCES_NOTE);
            NoteFacts later = note(NoteType.PARTAGEABLE, FieldCategory.RESOURCES);
            Share withLaterNote = new Share(
                    share.terms(), share.fields(), share.notes(), List.of(RESOURCES_NOTE, SOCIAL_NOTE, later));

            assertThat(accepted(share, NO_CONSENT))
                    .isEqualTo(new Visible(EnumSet.of(Field.NOTE_BODY), List.of(RESOURCES_NOTE.id())));
            assertThat(accepted(withLaterNote, NO_CONSENT).notes()).containsExactly(RESOURCES_NOTE.id());
        }

        /** Whatever is picked, consented or allowed, no health data reaches the CAF, notes included. */
        @Test
        void noHealthDataEverShowsToTheCaf() {
            for (Cadre cadre : Cadre.values()) {
                Share share = new Share(
                        caf(cadre, EVERY_FIELD),
                        EVERY_FIELD,
                        DOSSIER.stream().map(NoteFacts::id).collect(Collectors.toSet()),
                        DOSSIER);
                Visible shown = accepted(share, EnumSet.allOf(FieldCategory.class));
                assertThat(shown.fields()).as("%s", cadre).doesNotContain(Field.CASE_HEALTH_NOTES);
                assertThat(shown.notes())
                        .as("%s", cadre)
                        .doesNotContain(HEALTH_NOTE.id(), INTERNE_NOTE.id())
                        .contains(RESOURCES_NOTE.id());
            }
        }

        /** A HEALTH note needs the health consent to show, under any cadre; others under social action do not. */
        @Test
        void aHealthNoteShowsOnlyWithAHealthConsent() {
            Share share = share(
                    cpam(Cadre.SOCIAL_ACTION, CPAM_CONVENTION),
                    EnumSet.of(Field.PERSON_LAST_NAME),
                    HEALTH_NOTE,
                    RESOURCES_NOTE);
            assertThat(accepted(share, NO_CONSENT).notes()).containsExactly(RESOURCES_NOTE.id());
            assertThat(accepted(share, EnumSet.of(FieldCategory.HEALTH)).notes())
                    .containsExactly(HEALTH_NOTE.id(), RESOURCES_NOTE.id());
        }

        /** Under a consent cadre, a note shows only when its own category is consented. */
        @Test
        void underAConsentCadreANoteNeedsItsCategoryConsented() {
            Share share = share(
                    cpam(Cadre.CONSENT, CPAM_CONVENTION),
                    EnumSet.of(Field.PERSON_LAST_NAME),
                    RESOURCES_NOTE,
                    SOCIAL_NOTE);
            assertThat(accepted(share, EnumSet.of(FieldCategory.IDENTITY)))
                    .isEqualTo(new Visible(EnumSet.of(Field.PERSON_LAST_NAME), List.of()));
            assertThat(accepted(share, EnumSet.of(FieldCategory.RESOURCES)).notes())
                    .containsExactly(RESOURCES_NOTE.id());
            assertThat(accepted(share, EnumSet.of(FieldCategory.NOTES)).notes()).containsExactly(SOCIAL_NOTE.id());
        }

        /**
         * Every cadre × every consent scope (all 2^9 category sets), the whole catalogue allowed and
         * picked for a CPAM: a field shows exactly when its category is consented or consent is not
         * needed for it; note.body never as a field, only with a note.
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
                        if (field.key().startsWith("referral.") || field.key().equals("note.body")) {
                            continue;
                        }
                        if ((!cadreNeedsConsent && !health) || consented.contains(field.category())) {
                            expected.add(field);
                        }
                    }
                    assertThat(accepted(share(cpam(cadre, EVERY_FIELD), EVERY_FIELD), consented)
                                    .fields())
                            .as("%s %s", cadre, consented)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** S4 written once: conventions and consents check themselves against it too. */
    @Test
    void onlyHealthToTheCafIsNeverReceivable() {
        for (FieldCategory category : FieldCategory.values()) {
            assertThat(ShareGrounding.mayEverReceive(false, category)).isTrue();
            assertThat(ShareGrounding.mayEverReceive(true, category)).isEqualTo(category != FieldCategory.HEALTH);
        }
    }

    @Test
    void answersAreUnmodifiableAndConsistent() {
        List<PickingViolation> violations = ShareGrounding.checkPick(share(caf(Cadre.RSA, CAF_CONVENTION), Set.of()));
        assertThatThrownBy(() -> violations.add(violation("x", Field.NOTE_BODY)))
                .isInstanceOf(UnsupportedOperationException.class);
        Visible shown = accepted(
                share(cpam(Cadre.SOCIAL_ACTION, CPAM_CONVENTION), EnumSet.of(Field.PERSON_LAST_NAME)), NO_CONSENT);
        assertThatThrownBy(() -> shown.fields().add(Field.PERSON_NIR))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> new Visible(EnumSet.of(Field.NOTE_BODY), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Visible(Set.of(), List.of(UUID.randomUUID())));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new PickingViolation("x", Optional.of(Field.NOTE_BODY), Optional.of(UUID.randomUUID())));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PickingViolation(" ", Optional.empty(), Optional.empty()));
    }

    @Test
    void namesTheMissingParameter() {
        Share share = share(cpam(Cadre.RSA, CPAM_CONVENTION), Set.of(Field.PERSON_LAST_NAME));
        assertThatNullPointerException()
                .isThrownBy(() -> ShareGrounding.checkPick(null))
                .withMessage("share");
        assertThatNullPointerException()
                .isThrownBy(() -> ShareGrounding.visible(share, null, ReferralStatus.ACCEPTED, true))
                .withMessage("consented");
        assertThatNullPointerException()
                .isThrownBy(() -> ShareGrounding.visible(share, NO_CONSENT, null, true))
                .withMessage("status");
        assertThatNullPointerException()
                .isThrownBy(() -> ShareGrounding.visible(
                        share(cpam(null, CPAM_CONVENTION), Set.of()), NO_CONSENT, ReferralStatus.ACCEPTED, true))
                .withMessage("cadre");
        assertThatNullPointerException()
                .isThrownBy(() -> ShareGrounding.ground(share, true, null, List.of()))
                .withMessage("notices");
        assertThatNullPointerException()
                .isThrownBy(() -> new ShareTerms("cpam-49", false, Cadre.RSA, "p", null))
                .withMessage("conventionAllowed");
        assertThatNullPointerException()
                .isThrownBy(() -> new PickingViolation(null, Optional.empty(), Optional.empty()))
                .withMessage("code");
    }
}

package org.passerelle.testing.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One fictitious usager and everything the demo records about them, in the order an agent would:
 * register, open the dossier, update its situation, write notes, inform, collect consents, close.
 *
 * @param ccas     where they are followed; its agent does every write
 * @param person   the identity and contact, as {@code POST /api/v1/persons} takes them
 * @param dossier  their one dossier
 * @param notices  prior notices (S4), empty for the few whose notice is still to do
 * @param consents consents, each within a notice's recipients and categories
 */
public record Usager(Ccas ccas, Person person, Dossier dossier, List<PriorNotice> notices, List<Consent> consents) {

    public Usager {
        notices = List.copyOf(notices);
        consents = List.copyOf(consents);
    }

    /** The JSON of {@code PersonRequest}: a null is left out. {@code nir} is 15 characters, no spaces. */
    public record Person(
            String lastName,
            String firstNames,
            String birthName,
            LocalDate birthDate,
            String nir,
            String address,
            String phone,
            String email,
            String preferredLanguage,
            String contactChannel) {}

    /** The JSON of {@code CaseRequests.Situation}; on update a null leaves the field as it is. */
    public record Situation(String household, String resources, String housing, String healthNotes, String rsaStatus) {}

    /**
     * @param opening the situation written when the dossier is opened
     * @param update  a later change (a rehousing, a new benefit), or null: gives the history something to show
     * @param closed  whether the follow-up ended, after the notes and consents were recorded
     */
    public record Dossier(Situation opening, Situation update, List<Note> notes, boolean closed) {

        public Dossier {
            notes = List.copyOf(notes);
        }
    }

    public enum NoteType {
        INTERNE,
        PARTAGEABLE
    }

    public record Note(NoteType type, Category category, String body) {}

    public enum InformationMeans {
        IN_PERSON,
        LETTER,
        EMAIL,
        PHONE
    }

    public record PriorNotice(
            Instant informedAt, List<Category> categories, List<String> recipients, InformationMeans means) {

        public PriorNotice {
            categories = List.copyOf(categories);
            recipients = List.copyOf(recipients);
        }
    }

    public enum ConsentMeans {
        WRITTEN,
        ORAL,
        ELECTRONIC
    }

    public enum WithdrawalReason {
        USAGER_WITHDREW,
        USAGER_OBJECTED,
        RECORDED_IN_ERROR
    }

    /**
     * @param evidenceReference where the signed form is filed, or null (an oral consent)
     * @param expiresOn         the last day it holds, or null
     * @param withdrawal        why it was withdrawn after being recorded, or null if it still holds
     */
    public record Consent(
            String recipient,
            String purpose,
            List<Category> categories,
            Instant givenAt,
            ConsentMeans means,
            String evidenceReference,
            LocalDate expiresOn,
            WithdrawalReason withdrawal) {

        public Consent {
            categories = List.copyOf(categories);
        }
    }
}

package org.passerelle.web.api.casefile;

import java.util.Set;
import java.util.UUID;
import org.passerelle.application.dossier.SituationDetails;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;

/** The bodies the dossier resources read. */
public final class CaseRequests {

    private CaseRequests() {}

    /** Opens a dossier: the caller becomes référent; {@code team} are other agents' usernames. */
    public record Open(
            UUID personId,
            Set<String> team,
            String household,
            String resources,
            String housing,
            String healthNotes,
            String rsaStatus) {

        SituationDetails situation() {
            return new SituationDetails(household, resources, housing, healthNotes, rsaStatus);
        }
    }

    /** The situation fields to change; absent ones stay as they are. */
    public record Situation(String household, String resources, String housing, String healthNotes, String rsaStatus) {

        SituationDetails details() {
            return new SituationDetails(household, resources, housing, healthNotes, rsaStatus);
        }
    }

    public record Team(String referent, Set<String> team) {}

    public record NewNote(NoteType type, FieldCategory category, String body) {}

    /** Why an agent needs a dossier they are not assigned to: the reason, not the usager's story. */
    public record BreakGlass(String reason) {}

    /** Why the DPO restricts a dossier (GDPR art. 18): a code or a short text, no personal detail. */
    public record Restriction(String reason) {}
}

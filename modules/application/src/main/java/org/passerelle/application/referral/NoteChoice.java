package org.passerelle.application.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.passerelle.secrecy.FieldCategory;

/**
 * A partageable note of the dossier as the new-orientation picker offers it (S3, S9): its
 * category, date and author, never its text, with the reason codes for which the rules refuse it
 * under the chosen convention ({@code outside-convention}, {@code health-never-to-caf}), and
 * whether sending it will need the usager's consent to this organisation (S4).
 */
public record NoteChoice(
        UUID id,
        FieldCategory category,
        Instant createdAt,
        String author,
        List<String> refusals,
        boolean consentNeeded) {

    /** Whether the rules let the sender pick it. */
    public boolean pickable() {
        return refusals.isEmpty();
    }
}

package org.passerelle.domain.convention;

import java.util.List;
import org.passerelle.domain.failure.InvalidInputException;

/**
 * A coded reason a partner may give when it rejects an orientation: the code goes into the
 * referral, the journal and the indicators; the label is what people read.
 *
 * @param code  upper-case letters, digits and underscores, e.g. {@code HORS_COMPETENCE}
 * @param label the French label, e.g. "Hors de notre compétence"
 */
public record RejectionReason(String code, String label) {

    public static final int LABEL_MAX = 200;

    /** The reasons a convention gets when its author names none. */
    public static final List<RejectionReason> STANDARD = List.of(
            new RejectionReason("HORS_COMPETENCE", "Hors de notre compétence"),
            new RejectionReason("DOSSIER_INCOMPLET", "Dossier incomplet"),
            new RejectionReason("DEJA_SUIVI", "Personne déjà accompagnée"),
            new RejectionReason("DROITS_NON_OUVRABLES", "Droits non ouvrables"));

    /** A code of the reason grammar and a label on one line; a 422 naming the convention's term otherwise. */
    public RejectionReason {
        ReasonCode.of("rejectionReasons", code);
        label = label == null ? null : label.strip();
        if (label == null
                || label.isEmpty()
                || label.length() > LABEL_MAX
                || label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "rejectionReasons",
                    "holds a label that is empty, longer than " + LABEL_MAX + " characters or not on one line");
        }
    }
}

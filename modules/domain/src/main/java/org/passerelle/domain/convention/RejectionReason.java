package org.passerelle.domain.convention;

import java.util.List;

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

    /** Checks the shape stored values must have (the converter relies on it); the caller validated first. */
    public RejectionReason {
        if (!ReasonCode.isValid(code)) {
            throw new IllegalArgumentException("Not a rejection reason code");
        }
        if (label == null || label.isBlank() || label.length() > LABEL_MAX
                || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Not a rejection reason label");
        }
    }
}

package org.passerelle.secrecy.referral;

import java.util.Objects;
import java.util.Set;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;

/**
 * To whom and under what an orientation shares: the addressed organisation, the cadre (S1), the
 * purpose and the convention's allow-list for (partner, cadre, purpose) (S3).
 *
 * @param recipient         the addressed organisation's code
 * @param recipientIsCaf    whether that organisation is a CAF, which never receives health data (S4)
 * @param cadre             the cadre de partage, or {@code null} when the request names none: the one
 *                          nullable component, because a missing cadre is an input error to report
 *                          with the others (S1, 422), not a programming error
 * @param purpose           the purpose code
 * @param conventionAllowed the convention's allow-list; {@code note.body} in it allows partageable
 *                          notes, each still needing its own category allowed
 */
public record ShareTerms(
        String recipient, boolean recipientIsCaf, Cadre cadre, String purpose, Set<Field> conventionAllowed) {

    public ShareTerms {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        conventionAllowed = Set.copyOf(Objects.requireNonNull(conventionAllowed, "conventionAllowed"));
    }
}

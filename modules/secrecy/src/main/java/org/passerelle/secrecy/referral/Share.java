package org.passerelle.secrecy.referral;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.passerelle.secrecy.Field;

/**
 * What an orientation shares: its terms, the catalogue fields the sender picked and the notes the
 * sender picked one by one (S3, S9), with the facts of the dossier's notes to judge them by.
 *
 * @param terms        to whom and under what
 * @param fields       the catalogue fields picked
 * @param notes        the ids of the notes picked
 * @param dossierNotes the dossier's notes, at least those picked, in the order they were written: a
 *                     picked id that is not among them is not a note of this dossier
 */
public record Share(ShareTerms terms, Set<Field> fields, Set<UUID> notes, List<NoteFacts> dossierNotes) {

    public Share {
        Objects.requireNonNull(terms, "terms");
        fields = Set.copyOf(Objects.requireNonNull(fields, "fields"));
        notes = Set.copyOf(Objects.requireNonNull(notes, "notes"));
        dossierNotes = List.copyOf(Objects.requireNonNull(dossierNotes, "dossierNotes"));
    }

    /** A share of fields only. */
    public static Share ofFields(ShareTerms terms, Set<Field> fields) {
        return new Share(terms, fields, Set.of(), List.of());
    }

    /** The notes picked that are notes of the dossier, in the order they were written. */
    List<NoteFacts> pickedNotes() {
        return dossierNotes.stream().filter(n -> notes.contains(n.id())).toList();
    }
}

package org.passerelle.web.ui.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.passerelle.application.dossier.PersonIds;
import org.passerelle.application.dossier.RestrictionView;

/**
 * An usager the DPO found, by ids only, with their dossiers; kept with the view so that each
 * dossier's restrict or lift form acts on the dossier of its row.
 */
public record UsagerRow(UUID personId, List<Dossier> dossiers) implements Serializable {

    /** A dossier's id and restriction; who and when only once the DPO changed it on this page. */
    public record Dossier(UUID caseFileId, boolean restricted, String changedBy, Instant changedAt)
            implements Serializable {

        static Dossier of(RestrictionView view) {
            return view.restricted()
                    ? new Dossier(view.caseFileId(), true, view.restrictedBy(), view.restrictedAt())
                    : new Dossier(view.caseFileId(), false, view.liftedBy(), view.liftedAt());
        }
    }

    public UsagerRow {
        dossiers = List.copyOf(dossiers);
    }

    static UsagerRow of(PersonIds found) {
        return new UsagerRow(
                found.personId(),
                found.caseFiles().stream()
                        .map(c -> new Dossier(c.caseFileId(), c.restricted(), null, null))
                        .toList());
    }

    /** This usager with one dossier as it is now. */
    UsagerRow with(RestrictionView changed) {
        return new UsagerRow(
                personId,
                dossiers.stream()
                        .map(d -> d.caseFileId().equals(changed.caseFileId()) ? Dossier.of(changed) : d)
                        .toList());
    }
}

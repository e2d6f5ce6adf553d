package org.passerelle.web.api.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.passerelle.application.dossier.CaseFileView;
import org.passerelle.application.dossier.SealedView;
import org.passerelle.secrecy.Field;

/** A dossier as the caller may see it; situation fields they may not see are absent. */
public record CaseResponse(
        UUID id,
        UUID personId,
        String referent,
        List<String> team,
        String status,
        Instant openedAt,
        Instant closedAt,
        LocalDate lastContactOn,
        boolean restricted,
        String household,
        String resources,
        String housing,
        String healthNotes,
        String rsaStatus) {

    static CaseResponse of(CaseFileView view) {
        SealedView s = view.situation();
        return new CaseResponse(
                view.id(),
                view.personId(),
                view.referent(),
                view.team().stream().sorted().toList(),
                view.status().name(),
                view.openedAt(),
                view.closedAt(),
                view.lastContactOn(),
                view.restricted(),
                s.get(Field.CASE_HOUSEHOLD),
                s.get(Field.CASE_RESOURCES),
                s.get(Field.CASE_HOUSING),
                s.get(Field.CASE_HEALTH_NOTES),
                s.get(Field.CASE_RSA_STATUS));
    }
}

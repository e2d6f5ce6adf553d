package org.passerelle.application.dossier;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.consent.InformationMeans;
import org.passerelle.domain.consent.PriorNotice;
import org.passerelle.secrecy.FieldCategory;

/** A prior notice as staff read it: codes and dates, no personal value. */
public record PriorNoticeView(
        UUID id,
        UUID personId,
        Instant informedAt,
        String informedBy,
        Set<FieldCategory> categories,
        Set<String> recipients,
        InformationMeans means,
        String recordedBy,
        Instant recordedAt) {

    static PriorNoticeView of(PriorNotice notice) {
        return new PriorNoticeView(
                notice.id(),
                notice.personId(),
                notice.informedAt(),
                notice.informedBy(),
                notice.categories(),
                notice.recipients(),
                notice.means(),
                notice.recordedBy(),
                notice.recordedAt());
    }
}

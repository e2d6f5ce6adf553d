package org.passerelle.application.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.consent.Consent;
import org.passerelle.domain.consent.ConsentMeans;
import org.passerelle.domain.consent.ConsentStatus;
import org.passerelle.domain.consent.WithdrawalReason;
import org.passerelle.secrecy.FieldCategory;

/** A consent as staff read it, with its status now: codes and dates, no personal value. */
public record ConsentView(
        UUID id,
        UUID personId,
        String recipient,
        String purpose,
        Set<FieldCategory> categories,
        Instant givenAt,
        String givenTo,
        ConsentMeans means,
        String evidenceReference,
        LocalDate expiresOn,
        ConsentStatus status,
        String recordedBy,
        Instant recordedAt,
        Instant withdrawnAt,
        WithdrawalReason withdrawalReason,
        String withdrawnBy) {

    static ConsentView of(Consent consent, Instant now) {
        return new ConsentView(
                consent.id(),
                consent.personId(),
                consent.recipient(),
                consent.purpose(),
                consent.categories(),
                consent.givenAt(),
                consent.givenTo(),
                consent.means(),
                consent.evidenceReference(),
                consent.expiresOn(),
                consent.status(now),
                consent.recordedBy(),
                consent.recordedAt(),
                consent.withdrawnAt(),
                consent.withdrawalReason(),
                consent.withdrawnBy());
    }
}

package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.referral.ReferralAcknowledgedLate;
import org.passerelle.domain.referral.ReferralChange;
import org.passerelle.domain.referral.ReferralEscalated;
import org.passerelle.domain.referral.ReferralHandedOver;
import org.passerelle.domain.referral.ReferralMessaged;
import org.passerelle.domain.referral.ReferralReminded;
import org.passerelle.domain.referral.ReferralTransitioned;

/**
 * A dossier's date of last contact, from which its retention runs (S13): every meaningful act on it
 * moves it to today — a note, an update of the situation, a consent or prior notice of its usager,
 * an orientation sent, answered or cancelled, a message either way — and nothing else: not a read,
 * not Passerelle's own timers (reminders, escalations, expiry), not a handover inside a partner.
 */
@ApplicationScoped
public class LastContact {

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    Clock clock;

    /** An act on the dossier, whose copy in hand shows it at once. */
    void dossier(CaseFile caseFile) {
        LocalDate today = today();
        caseFiles.recordContact(caseFile.id(), today);
        caseFile.contactedOn(today);
    }

    /** An act concerning the usager: each of their open dossiers. */
    void usager(UUID personId) {
        caseFiles.recordContactOfPerson(personId, today());
    }

    /** Either side's act on an orientation, in the transaction of the act. */
    void onReferral(@Observes(during = TransactionPhase.IN_PROGRESS) ReferralChange change) {
        boolean contact = switch (change) {
            case ReferralTransitioned transitioned -> true;
            case ReferralMessaged messaged -> true;
            case ReferralAcknowledgedLate acknowledged -> true;
            case ReferralReminded reminded -> false;
            case ReferralEscalated escalated -> false;
            case ReferralHandedOver handedOver -> false;
        };
        if (contact && change.side() != ReferralChange.Side.PASSERELLE) {
            caseFiles.recordContact(change.referral().caseFileId(), today());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

package org.passerelle.application.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.Paging;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.oversight.Alert;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.AlertState;
import org.passerelle.domain.oversight.OversightRepository;
import org.passerelle.secrecy.Role;

/** The DPO's alert queue (S12): list, then mark each justified or escalated with a note. */
@ApplicationScoped
public class AlertService {

    private static final int NOTE_MAX = 1000;

    @Inject
    OversightRepository oversight;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Transactional
    public AlertPage alerts(Caller caller, AlertState state, AlertKind kind, Paging paging) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        gate.record(caller, JournalAction.AUDIT, Target.organisation(caller.organisation()), Set.of(), "alert-queue");
        List<AlertView> alerts =
                oversight.alerts(caller.organisation(), state, kind, paging.offset(), paging.size()).stream()
                        .map(AlertView::of)
                        .toList();
        return new AlertPage(
                alerts, paging.page(), paging.size(), oversight.countAlerts(caller.organisation(), state, kind));
    }

    @Transactional
    public AlertView review(Caller caller, UUID id, AlertState outcome, String note) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        Alert alert = oversight
                .findAlert(id)
                .filter(a -> a.organisationCode().equals(caller.organisation()))
                .orElseThrow(() -> new NotFoundException("alert"));
        if (outcome == null || outcome == AlertState.OPEN) {
            throw new InvalidInputException("state", "is required: JUSTIFIED or ESCALATED");
        }
        String text = note == null ? null : note.strip();
        if (text == null || text.isEmpty() || text.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "is required, at most " + NOTE_MAX + " characters");
        }
        alert.review(outcome, caller.username(), text, clock.instant());
        oversight.flush();
        gate.record(
                caller, JournalAction.AUDIT, Target.organisation(caller.organisation()), Set.of(), "alert-reviewed");
        return AlertView.of(alert);
    }
}

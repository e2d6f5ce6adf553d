package org.passerelle.application.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.passerelle.domain.oversight.Alert;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.OversightRepository;
import org.passerelle.domain.rights.RightsRequest;
import org.passerelle.domain.rights.RightsRequestRepository;

/** One batch of overdue alerts, in its own transaction, holding the row locks until it commits. */
@ApplicationScoped
class RightsRequestOverdue {

    static final String JOB = "rights-requests";
    static final int BATCH = 50;
    /** Who raised it, as the alert queue shows: Passerelle itself. */
    static final String RAISED_BY = "system:" + JOB;

    @Inject
    RightsRequestRepository requests;

    @Inject
    OversightRepository oversight;

    @Inject
    Clock clock;

    /** Raises one alert for each open request due before today not alerted yet; returns how many. */
    @Transactional(TxType.REQUIRES_NEW)
    public int alert() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(RightsRequestService.FRANCE));
        int count = 0;
        for (RightsRequest request : requests.lockOverdueUnalerted(today, BATCH)) {
            oversight.add(new Alert(
                    AlertKind.RIGHTS_REQUEST_OVERDUE,
                    new Alert.Subject(request.organisationCode(), RAISED_BY, request.personId(), null, null),
                    "Rights request " + request.id() + " (" + request.kind() + ") unanswered, due on "
                            + request.dueOn(),
                    now));
            request.overdueAlerted(now);
            count++;
        }
        requests.flush();
        return count;
    }
}

package org.passerelle.application.journal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.domain.oversight.Alert;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.OversightRepository;
import org.passerelle.journal.JournalQueries;
import org.passerelle.secrecy.CcasAccessPolicy;

/**
 * The S12 rules, applied to each entry as it is written, in its transaction: break-glass, attempts
 * on unassigned dossiers, many dossiers read quickly, bulk exports, accesses out of hours; and every
 * administration change (a convention, a partner's keys, issue 15 item 9). Each threshold is configuration. Repeated bursts and out-of-hours accesses raise one alert per
 * window, not one per access.
 */
@ApplicationScoped
class AlertRules {

    @Inject
    OversightRepository oversight;

    @Inject
    @ConfigProperty(name = "passerelle.alerts.read-burst.dossiers", defaultValue = "20")
    int burstDossiers;

    @Inject
    @ConfigProperty(name = "passerelle.alerts.read-burst.minutes", defaultValue = "10")
    int burstMinutes;

    @Inject
    @ConfigProperty(name = "passerelle.alerts.bulk-export.entries", defaultValue = "100")
    int bulkExportEntries;

    @Inject
    @ConfigProperty(name = "passerelle.alerts.working-hours", defaultValue = "MON-FRI 08:00-19:00")
    String workingHoursText;

    @Inject
    @ConfigProperty(name = "passerelle.alerts.time-zone", defaultValue = "Europe/Paris")
    String timeZone;

    private WorkingHours workingHours;

    @PostConstruct
    void parse() {
        workingHours = WorkingHours.parse(workingHoursText, ZoneId.of(timeZone));
    }

    /** What just happened, as the journal recorded it. */
    record Access(
            String username,
            JournalAction action,
            Target target,
            boolean allowed,
            String reasonCode,
            long entryId,
            Instant at,
            long exportedRows) {}

    void inspect(Connection connection, Access access) throws SQLException {
        Target target = access.target();
        if (target.dataOwner() == null || access.username().startsWith("system:")) {
            return;
        }
        Alert.Subject subject = new Alert.Subject(
                target.dataOwner(), access.username(), target.personId(), target.caseFileId(), access.entryId());
        if (access.action() == JournalAction.ADMINISTRATION && access.allowed()) {
            raise(AlertKind.ADMIN_CHANGE, subject, "administration: " + access.reasonCode(), access.at());
        }
        if (access.action() == JournalAction.BREAK_GLASS && access.allowed()) {
            raise(AlertKind.BREAK_GLASS, subject, "dossier opened through break-glass", access.at());
        }
        if (!access.allowed() && CcasAccessPolicy.UNASSIGNED.equals(access.reasonCode())) {
            raise(AlertKind.UNASSIGNED_READ, subject, "attempt on a dossier the user is not assigned to", access.at());
        }
        if (access.allowed() && access.action() == JournalAction.READ && target.caseFileId() != null) {
            Instant windowStart = access.at().minus(Duration.ofMinutes(burstMinutes));
            long read = JournalQueries.dossiersReadSince(connection, access.username(), windowStart);
            if (read > burstDossiers
                    && !oversight.alertRaisedSince(AlertKind.READ_BURST, access.username(), windowStart)) {
                raise(
                        AlertKind.READ_BURST,
                        subject,
                        read + " dossiers read within " + burstMinutes + " minutes (threshold " + burstDossiers + ")",
                        access.at());
            }
        }
        if (access.action() == JournalAction.EXPORT && access.exportedRows() >= bulkExportEntries) {
            raise(
                    AlertKind.BULK_EXPORT,
                    subject,
                    access.exportedRows() + " records exported (threshold " + bulkExportEntries + ")",
                    access.at());
        }
        if (!workingHours.contains(access.at())
                && !oversight.alertRaisedSince(
                        AlertKind.OFF_HOURS, access.username(), access.at().minus(Duration.ofHours(1)))) {
            raise(AlertKind.OFF_HOURS, subject, "access outside working hours (" + workingHoursText + ")", access.at());
        }
    }

    private void raise(AlertKind kind, Alert.Subject subject, String detail, Instant at) {
        oversight.add(new Alert(kind, subject, detail, at));
        // Same transaction, but the next rule's "raised since" query must see this one.
        oversight.flush();
    }
}

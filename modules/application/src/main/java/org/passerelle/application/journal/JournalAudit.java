package org.passerelle.application.journal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.Paging;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.journal.JournalQueries;
import org.passerelle.secrecy.Role;

/**
 * The auditor's use of the journal (S11): search, CSV export, integrity check, each journaled
 * itself. An auditor sees their organisation's entries: those its staff wrote and those about
 * the usagers it holds.
 */
@ApplicationScoped
public class JournalAudit {

    /** An export larger than this must be narrowed (and one this large raises a bulk-export alert anyway). */
    public static final int EXPORT_MAX = 100_000;

    private static final List<String> CSV_HEADER = List.of(
            "position",
            "id",
            "at",
            "user_id",
            "username",
            "organisation",
            "roles",
            "action",
            "person_id",
            "case_file_id",
            "referral_id",
            "fields",
            "cadre",
            "purpose",
            "outcome",
            "reason_code",
            "request_id",
            "client_address",
            "break_glass",
            "verified");

    @Resource(lookup = "java:jboss/datasources/PasserelleDS")
    DataSource dataSource;

    @Inject
    AccessGate gate;

    @Inject
    JournalSettings settings;

    @Inject
    Clock clock;

    @Transactional
    public JournalPage search(Caller caller, JournalSearch search, Paging paging) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        JournalQueries.Criteria criteria = criteria(caller, search);
        gate.record(
                caller, JournalAction.AUDIT, Target.organisation(caller.organisation()), Set.of(), "journal-search");
        try (Connection c = dataSource.getConnection()) {
            List<JournalEntryView> entries =
                    settings.search(c, criteria, clock.instant(), paging.offset(), paging.size()).stream()
                            .map(JournalEntryView::of)
                            .toList();
            return new JournalPage(entries, paging.page(), paging.size(), JournalQueries.count(c, criteria));
        } catch (SQLException e) {
            throw new JournalUnavailableException(e);
        }
    }

    /** The search's entries as CSV (newest first), journaled as an export of that many entries. */
    @Transactional
    public String exportCsv(Caller caller, JournalSearch search) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        JournalQueries.Criteria criteria = criteria(caller, search);
        try (Connection c = dataSource.getConnection()) {
            long total = JournalQueries.count(c, criteria);
            if (total > EXPORT_MAX) {
                throw new InvalidInputException(
                        "search", "matches " + total + " entries; narrow it to at most " + EXPORT_MAX);
            }
            gate.exported(caller, Target.organisation(caller.organisation()), Set.of(), "journal-export", total);
            StringBuilder csv = new StringBuilder(Csv.line(CSV_HEADER));
            for (JournalQueries.Hit hit : settings.search(c, criteria, clock.instant(), 0, EXPORT_MAX)) {
                JournalEntryView e = JournalEntryView.of(hit);
                csv.append(Csv.line(java.util.Arrays.asList(
                        e.position(),
                        e.id(),
                        e.at(),
                        e.userId(),
                        e.username(),
                        e.organisation(),
                        e.roles(),
                        e.action(),
                        e.personId(),
                        e.caseFileId(),
                        e.referralId(),
                        e.fields(),
                        e.cadre(),
                        e.purpose(),
                        e.outcome(),
                        e.reasonCode(),
                        e.requestId(),
                        e.clientAddress(),
                        e.breakGlass(),
                        e.verified())));
            }
            return csv.toString();
        } catch (SQLException e) {
            throw new JournalUnavailableException(e);
        }
    }

    /** Verifies the whole chain now, against the checkpoints in the database and in the files. */
    @Transactional
    public IntegrityView verify(Caller caller) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        gate.record(
                caller, JournalAction.AUDIT, Target.organisation(caller.organisation()), Set.of(), "integrity-check");
        try (Connection c = dataSource.getConnection()) {
            return IntegrityView.of(settings.verifier().verify(c));
        } catch (SQLException e) {
            throw new JournalUnavailableException(e);
        }
    }

    private static JournalQueries.Criteria criteria(Caller caller, JournalSearch s) {
        JournalSearch search = s == null ? new JournalSearch(null, null, null, null, null, null, null, null) : s;
        if (search.from() != null && search.to() != null && !search.from().isBefore(search.to())) {
            throw new InvalidInputException("from", "is not before 'to'");
        }
        return new JournalQueries.Criteria(
                caller.organisation(),
                search.personId(),
                search.caseFileId(),
                search.username(),
                search.organisation(),
                search.action(),
                search.outcome(),
                search.from(),
                search.to());
    }
}

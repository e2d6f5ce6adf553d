package org.passerelle.application.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.referral.ReferralIndicators;
import org.passerelle.secrecy.Role;

/**
 * The "réactivité" and "efficacité du transfert" a CCAS is judged on: for the orientations it
 * sent, per partner and month, how many were accepted, rejected (by reason), expired, cancelled,
 * completed or failed, and how many hours the partner took to answer and to conclude (median and
 * 90th percentile). For the CCAS's auditor, administrator and manager (issue 18: counts and
 * durations, no personal value), about their own organisation as the sender. The figures hold no personal data; reading them is still journaled, as an AUDIT
 * entry with no usager, like the auditor's other reads, so that the DPO sees who looked.
 */
@ApplicationScoped
public class IndicatorService {

    /** Twelve months, the current one included, when the caller names no period. */
    static final int DEFAULT_MONTHS = 12;
    /** Ten years at most in one answer. */
    static final int MAX_MONTHS = 120;

    static final String ROLE_NOT_PERMITTED = "role-not-permitted";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @Inject
    ReferralIndicators indicators;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    /**
     * The figures of the caller's CCAS from month {@code from} to month {@code to} included
     * ({@code YYYY-MM}, in Europe/Paris); {@code to} defaults to the current month, {@code from}
     * to eleven months before {@code to}.
     *
     * @throws AccessRefusedException  (403) for any role but auditor, admin and ccas-manager, journaled
     * @throws InvalidInputException   (422) for a month not {@code YYYY-MM}, or {@code from} after {@code to}
     */
    @Transactional
    public List<ReferralIndicatorView> referrals(Caller caller, String from, String to) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR, Role.ADMIN, Role.CCAS_MANAGER);
        YearMonth last = month("to", to);
        if (last == null) {
            last = YearMonth.now(clock.withZone(ReferralIndicators.ZONE));
        }
        YearMonth first = month("from", from);
        if (first == null) {
            first = last.minusMonths(DEFAULT_MONTHS - 1);
        }
        if (first.isAfter(last)) {
            throw new InvalidInputException("from", "is after 'to'");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidInputException("from", "is more than " + MAX_MONTHS + " months before 'to'");
        }
        gate.record(
                caller,
                JournalAction.AUDIT,
                Target.organisation(caller.organisation()),
                Set.of(),
                "referral-indicators");
        return indicators.sentBy(caller.organisation(), first, last).stream()
                .map(ReferralIndicatorView::of)
                .toList();
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!MONTH.matcher(value).matches()) {
            throw new InvalidInputException(field, "is not a month as YYYY-MM (e.g. 2026-01)");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a month as YYYY-MM (e.g. 2026-01)");
        }
    }
}

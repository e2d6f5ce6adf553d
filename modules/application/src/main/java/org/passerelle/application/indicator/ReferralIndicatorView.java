package org.passerelle.application.indicator;

import java.time.YearMonth;
import java.util.Map;
import org.passerelle.domain.referral.ReferralIndicators.MonthlyFigures;

/**
 * One partner's month of orientations sent by the caller's CCAS: codes and numbers, never an
 * usager, a user or free text. Delays are in hours, rounded to the hundredth, {@code null} when
 * no orientation of the month got there.
 */
public record ReferralIndicatorView(
        String partner,
        String partnerName,
        YearMonth month,
        long sent,
        long accepted,
        long rejected,
        Map<String, Long> rejectedByReason,
        long expired,
        long cancelled,
        long completed,
        long failed,
        Double medianHoursToAcknowledge,
        Double p90HoursToAcknowledge,
        Double medianHoursToOutcome,
        Double p90HoursToOutcome) {

    static ReferralIndicatorView of(MonthlyFigures f) {
        return new ReferralIndicatorView(
                f.partner(),
                f.partnerName(),
                f.month(),
                f.sent(),
                f.accepted(),
                f.rejected(),
                f.rejectedByReason(),
                f.expired(),
                f.cancelled(),
                f.completed(),
                f.failed(),
                rounded(f.hoursToAcknowledge().median()),
                rounded(f.hoursToAcknowledge().p90()),
                rounded(f.hoursToOutcome().median()),
                rounded(f.hoursToOutcome().p90()));
    }

    private static Double rounded(Double hours) {
        return hours == null ? null : Math.round(hours * 100) / 100.0;
    }
}

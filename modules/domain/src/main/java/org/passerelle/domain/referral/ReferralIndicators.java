package org.passerelle.domain.referral;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Port to the orientations' indicators (issue 5): per partner organisation and per month, counts
 * and delays computed by the database from {@code referral} and {@code referral_event}. Nothing
 * here names an usager, a dossier, a user or holds free text: codes, months and numbers only.
 * Implementations run inside the caller's transaction.
 */
public interface ReferralIndicators {

    /** The months are civil months in France: an orientation counts in the month it was sent, in this zone. */
    ZoneId ZONE = ZoneId.of("Europe/Paris");

    /**
     * The figures of the orientations this CCAS sent from the start of {@code from} to the end of
     * {@code to} (months in {@link #ZONE}), one row per partner and month with at least one sent,
     * by month then partner.
     */
    List<MonthlyFigures> sentBy(String organisation, YearMonth from, YearMonth to);

    /**
     * One partner's month.
     *
     * @param accepted         accepted by a caseworker, whatever came next
     * @param rejectedByReason the rejected ones by the convention's reason code
     * @param hoursToAcknowledge from sending to the first of acknowledgement, acceptance or rejection
     * @param hoursToOutcome   from sending to completion or failure
     */
    record MonthlyFigures(
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
            Delays hoursToAcknowledge,
            Delays hoursToOutcome) {}

    /**
     * A delay's median and 90th percentile in hours ({@code percentile_cont}: linear interpolation
     * between the two nearest values), each {@code null} when no orientation got there.
     */
    record Delays(Double median, Double p90) {}

    /** The first instant of a month in {@link #ZONE}. */
    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZONE).toInstant();
    }
}

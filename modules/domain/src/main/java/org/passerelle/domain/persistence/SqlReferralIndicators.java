package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.passerelle.domain.referral.ReferralIndicators;

/**
 * The indicators in two SQL queries: the counts and {@code percentile_cont} delays per partner and
 * month, then the rejections per reason code. An orientation's month is that of its
 * {@code sent_at} in Europe/Paris; its acknowledgement is its first ACKNOWLEDGE, ACCEPT or REJECT
 * event, its outcome its COMPLETE or FAIL event. Statuses that end an orientation (rejected,
 * expired, cancelled, completed, failed) are counted from its current status; "accepted" from
 * its ACCEPT event, so an accepted orientation that later completed counts in both.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SqlReferralIndicators implements ReferralIndicators {

    /** The orientations in scope, each with its month and the times of its first answer and outcome. */
    private static final String SCOPED = """
            with scoped as (
                select r.partner_code, r.status, r.rejection_code, r.sent_at,
                       to_char(r.sent_at at time zone ?4, 'YYYY-MM') as month,
                       exists (select 1 from referral_event e where e.referral_id = r.id
                               and e.transition = 'ACCEPT') as accepted,
                       (select min(e.at) from referral_event e where e.referral_id = r.id
                        and e.transition in ('ACKNOWLEDGE', 'ACCEPT', 'REJECT')) as acknowledged_at,
                       (select min(e.at) from referral_event e where e.referral_id = r.id
                        and e.transition in ('COMPLETE', 'FAIL')) as outcome_at
                from referral r
                where r.organisation_code = ?1 and r.sent_at >= ?2 and r.sent_at < ?3
            )
            """;

    /** Hours from sending to the first answer, and to the outcome; null when it did not come. */
    private static final String TO_ACKNOWLEDGE = "extract(epoch from (s.acknowledged_at - s.sent_at))::float8 / 3600";

    private static final String TO_OUTCOME = "extract(epoch from (s.outcome_at - s.sent_at))::float8 / 3600";

    private static final String FIGURES =
            SCOPED + """
            select s.partner_code, o.name, s.month, count(*),
                   count(*) filter (where s.accepted),
                   count(*) filter (where s.status = 'REJECTED'),
                   count(*) filter (where s.status = 'EXPIRED'),
                   count(*) filter (where s.status = 'CANCELLED'),
                   count(*) filter (where s.status = 'COMPLETED'),
                   count(*) filter (where s.status = 'FAILED'),
            """ + "percentile_cont(0.5) within group (order by " + TO_ACKNOWLEDGE + "),\n"
                    + "percentile_cont(0.9) within group (order by " + TO_ACKNOWLEDGE + "),\n"
                    + "percentile_cont(0.5) within group (order by " + TO_OUTCOME + "),\n"
                    + "percentile_cont(0.9) within group (order by " + TO_OUTCOME + ")\n" + """
            from scoped s join organisation o on o.code = s.partner_code
            group by s.partner_code, o.name, s.month
            order by s.month, s.partner_code
            """;

    private static final String REJECTIONS = SCOPED + """
            select s.partner_code, s.month, coalesce(s.rejection_code, 'NONE'), count(*)
            from scoped s
            where s.status = 'REJECTED'
            group by s.partner_code, s.month, s.rejection_code
            """;

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public List<MonthlyFigures> sentBy(String organisation, YearMonth from, YearMonth to) {
        Map<String, Map<String, Long>> rejections = new HashMap<>();
        for (Object[] row : rows(REJECTIONS, organisation, from, to)) {
            rejections
                    .computeIfAbsent(row[0] + "|" + row[1], k -> new TreeMap<>())
                    .put((String) row[2], ((Number) row[3]).longValue());
        }
        List<MonthlyFigures> figures = new ArrayList<>();
        for (Object[] row : rows(FIGURES, organisation, from, to)) {
            String partner = (String) row[0];
            String month = (String) row[2];
            figures.add(new MonthlyFigures(
                    partner,
                    (String) row[1],
                    YearMonth.parse(month),
                    count(row[3]),
                    count(row[4]),
                    count(row[5]),
                    Map.copyOf(rejections.getOrDefault(partner + "|" + month, Map.of())),
                    count(row[6]),
                    count(row[7]),
                    count(row[8]),
                    count(row[9]),
                    new Delays(hours(row[10]), hours(row[11])),
                    new Delays(hours(row[12]), hours(row[13]))));
        }
        return figures;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String organisation, YearMonth from, YearMonth to) {
        Instant start = ReferralIndicators.start(from);
        Instant end = ReferralIndicators.start(to.plusMonths(1));
        return em.createNativeQuery(sql)
                .setParameter(1, organisation)
                .setParameter(2, start)
                .setParameter(3, end)
                .setParameter(4, ZONE.getId())
                .getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Double hours(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}

package org.passerelle.web.api.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.passerelle.application.indicator.ReferralIndicatorView;

/**
 * One partner's month: the month as {@code YYYY-MM}, counts, rejections by reason code, delays in
 * hours. A delay no orientation of the month reached is {@code null}, written out (not omitted)
 * so that every row has the same shape.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReferralIndicatorResponse(
        String partner,
        String partnerName,
        String month,
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

    static ReferralIndicatorResponse of(ReferralIndicatorView v) {
        return new ReferralIndicatorResponse(
                v.partner(),
                v.partnerName(),
                v.month().toString(),
                v.sent(),
                v.accepted(),
                v.rejected(),
                v.rejectedByReason(),
                v.expired(),
                v.cancelled(),
                v.completed(),
                v.failed(),
                v.medianHoursToAcknowledge(),
                v.p90HoursToAcknowledge(),
                v.medianHoursToOutcome(),
                v.p90HoursToOutcome());
    }
}

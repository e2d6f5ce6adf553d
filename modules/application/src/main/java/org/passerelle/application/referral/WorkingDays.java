package org.passerelle.application.referral;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Counts working days the way a partner's office does: Saturdays and Sundays are not counted, and
 * a delay that would end on a weekend ends on the Monday after. Public holidays are not known here.
 */
final class WorkingDays {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private WorkingDays() {}

    /** The moment {@code days} working days after {@code from}, at the same time of day. */
    static ZonedDateTime after(ZonedDateTime from, int days) {
        ZonedDateTime at = from;
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (!weekend(at)) {
                left--;
            }
        }
        while (weekend(at)) {
            at = at.plusDays(1);
        }
        return at;
    }

    private static boolean weekend(ZonedDateTime at) {
        DayOfWeek day = at.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}

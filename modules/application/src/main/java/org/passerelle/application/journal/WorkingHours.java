package org.passerelle.application.journal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours the CCAS works, in its time zone, as configured: {@code MON-FRI 08:00-19:00}. An
 * access outside them raises an alert (S12). {@code 24:00} as the end means midnight.
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime from, LocalTime until, ZoneId zone) {

    private static final Pattern FORMAT =
            Pattern.compile("([A-Z]{3})-([A-Z]{3}) ([0-2]\\d:[0-5]\\d)-([0-2]\\d:[0-5]\\d)");

    public static WorkingHours parse(String text, ZoneId zone) {
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Working hours must read like 'MON-FRI 08:00-19:00'");
        }
        DayOfWeek first = day(m.group(1));
        DayOfWeek last = day(m.group(2));
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d = first; ; d = d.plus(1)) {
            days.add(d);
            if (d == last) {
                break;
            }
        }
        LocalTime until = m.group(4).equals("24:00") ? LocalTime.MAX : LocalTime.parse(m.group(4));
        return new WorkingHours(days, LocalTime.parse(m.group(3)), until, zone);
    }

    public boolean contains(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && !time.isAfter(until);
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown day " + abbreviation);
    }
}

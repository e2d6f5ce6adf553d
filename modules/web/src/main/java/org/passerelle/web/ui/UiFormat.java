package org.passerelle.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and enumerated values as people read them, in the page's language. */
@Named("fmt")
@ApplicationScoped
public class UiFormat {

    /** The CCAS and their partners are in France: times are shown in its zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public String dateTime(Instant instant) {
        return at(instant);
    }

    /** An instant as a date and time in Paris, in the person's language; empty for none. */
    public static String at(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .withZone(ZONE)
                        .format(instant);
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    /** The text of {@code prefix.value} (an enum's label), or the value itself if the bundle lacks it. */
    public String label(String prefix, Object value) {
        return value == null ? "" : label(UiBundle.MESSAGES, prefix, value);
    }

    /** An enumerated value in words, from key {@code prefix.NAME} of a bundle, or its bare name. */
    public static String label(UiBundle bundle, String prefix, Object value) {
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        return bundle.textOr(prefix + "." + name, name);
    }

    private static Locale locale() {
        return UiText.locale();
    }
}

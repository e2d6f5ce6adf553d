package org.passerelle.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;

/** Dates and enumerated values as people read them, in the page's language. */
@Named("fmt")
@ApplicationScoped
public class UiFormat {

    /** The CCAS and their partners are in France: times are shown in its zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZONE).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** The text of {@code prefix.value} (an enum's label), or the value itself if the bundle lacks it. */
    public String label(String prefix, Object value) {
        if (value == null) {
            return "";
        }
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        try {
            return UiText.text(prefix + "." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }

    private static Locale locale() {
        return UiText.locale();
    }
}

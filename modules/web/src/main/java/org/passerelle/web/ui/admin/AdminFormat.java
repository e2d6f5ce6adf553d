package org.passerelle.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiFormat;

/**
 * How the administrator's pages write values: dates in words in Paris time (the CCAS's), enum
 * values through the bundle, fingerprints in groups. Views call it as {@code #{adminFormat...}}.
 */
@Named("adminFormat")
@RequestScoped
public class AdminFormat {

    private static final int FINGERPRINT_GROUP = 4;

    /** "12 mars 2025, 14:05": readable, unlike the ISO instant the services give. */
    public String date(Instant instant) {
        if (instant == null) {
            return UiBundle.ADMIN.text("admin.empty");
        }
        return UiFormat.at(instant);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(UiFormat.ZONE).format(instant);
    }

    /** An enum value in words: key {@code <prefix>.<NAME>}, or the bare name if the bundle lacks it. */
    public String label(String prefix, Object value) {
        if (value == null) {
            return UiBundle.ADMIN.text("admin.empty");
        }
        return UiFormat.label(UiBundle.ADMIN, prefix, value);
    }

    /** "ABCD 1234 ...": a long hexadecimal fingerprint people can compare by eye, and that can wrap. */
    public String fingerprint(String fingerprint) {
        if (fingerprint == null || fingerprint.isBlank()) {
            return UiBundle.ADMIN.text("admin.empty");
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < fingerprint.length(); i += FINGERPRINT_GROUP) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(fingerprint, i, Math.min(fingerprint.length(), i + FINGERPRINT_GROUP));
        }
        return grouped.toString();
    }

    /** A text of the bundle with one argument, for attributes (titles, labels) that cannot hold a tag. */
    public String text(String key, Object argument) {
        return UiBundle.ADMIN.text(key, argument);
    }
}

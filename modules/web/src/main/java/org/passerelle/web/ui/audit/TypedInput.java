package org.passerelle.web.ui.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiFormat;

/**
 * What the auditor typed, read safely: a bad value becomes a message naming the field (by its
 * label, never repeating the value, which could be a name typed in the wrong box) and marks the
 * input invalid; it never reaches the service or an error page. Blank means "not given".
 */
final class TypedInput {

    /** The canonical form only: UUID.fromString also takes "1-2-3-4-5". */
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

    private boolean valid = true;

    boolean valid() {
        return valid;
    }

    /** The text without surrounding spaces; null when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID uuid(String value, String labelKey) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(text).matches()) {
            return refuse("input.uuid", labelKey);
        }
        return UUID.fromString(text);
    }

    /** A day as a date field sends it (2026-11-23), or as typed in French (23/11/2026). */
    LocalDate day(String value, String labelKey) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return refuse("input.date", labelKey);
        }
    }

    /** A month as a month field sends it (2026-11), or as typed in French (11/2026). */
    YearMonth month(String value, String labelKey) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? YearMonth.parse(text, FRENCH_MONTH) : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return refuse("input.month", labelKey);
        }
    }

    /** The start of the day in Paris: the journal's days are the CCAS's. */
    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(UiFormat.ZONE).toInstant();
    }

    private <T> T refuse(String messageKey, String labelKey) {
        valid = false;
        UiBundle.AUDIT.error(messageKey, UiBundle.AUDIT.text(labelKey));
        return null;
    }
}

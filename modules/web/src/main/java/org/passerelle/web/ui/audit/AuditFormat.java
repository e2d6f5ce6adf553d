package org.passerelle.web.ui.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiFormat;
import org.passerelle.web.ui.UiText;

/**
 * Dates and figures as people read them, in the page's language and Paris time (the CCAS's): the
 * journal stores instants, which would otherwise show as UTC ISO text.
 */
@Named("auditFormat")
@ApplicationScoped
public class AuditFormat {

    /** E.g. "23 nov. 2026, 09:00" or "Nov 23, 2026, 9:00 AM"; empty for none. */
    public String dateTime(Instant at) {
        return UiFormat.at(at);
    }

    /** E.g. "novembre 2026". */
    public String month(YearMonth month) {
        return month == null
                ? ""
                : DateTimeFormatter.ofPattern("LLLL yyyy", UiText.locale()).format(month);
    }

    /** E.g. "12,5 h"; "no answer" in words when no orientation got there. */
    public String hours(Double hours) {
        if (hours == null) {
            return UiBundle.AUDIT.text("indicators.none");
        }
        NumberFormat number = NumberFormat.getNumberInstance(UiText.locale());
        number.setMaximumFractionDigits(1);
        return UiBundle.AUDIT.text("indicators.hours", number.format(hours));
    }

    /** The share of {@code part} in {@code whole}, e.g. "75 %"; "none" in words when nothing was sent. */
    public String percent(long part, long whole) {
        if (whole == 0) {
            return UiBundle.AUDIT.text("indicators.none");
        }
        return NumberFormat.getPercentInstance(UiText.locale()).format((double) part / whole);
    }
}

package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The length of a "day" in the conventions' reminder and expiry delays
 * ({@code PASSERELLE_REFERRAL_DAY_SECONDS}, 86400 by default): tests shorten it to a second so
 * that a 10-day reminder and a 30-day expiry happen within a test. The timers tick four times a
 * day, at most every minute and at least every quarter of a second.
 */
@ApplicationScoped
public class ReferralConfig {

    private static final long REAL_DAY_SECONDS = 86_400;

    @Inject
    @ConfigProperty(name = "passerelle.referral.day-seconds", defaultValue = "86400")
    long daySeconds;

    Duration days(int days) {
        return Duration.ofSeconds(Math.max(1, daySeconds) * days);
    }

    /**
     * {@code days} working days after {@code from}: Saturdays and Sundays (in France) are skipped
     * when days are real ones; shortened test days are plain days.
     */
    Instant workingDaysAfter(Instant from, int days) {
        if (daySeconds != REAL_DAY_SECONDS) {
            return from.plus(days(days));
        }
        return WorkingDays.after(from.atZone(WorkingDays.FRANCE), days).toInstant();
    }

    long timerIntervalMillis() {
        return Math.clamp(Math.max(1, daySeconds) * 1000 / 4, 250, 60_000);
    }
}

package org.passerelle.application.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    /** 2026-12-07 is a Monday, 2026-12-11 a Friday, 2026-12-12 a Saturday. */
    @ParameterizedTest(name = "{0} + {1} working day(s) = {2}")
    @CsvSource({
        "2026-12-07T10:15, 1, 2026-12-08T10:15",
        "2026-12-11T10:15, 1, 2026-12-14T10:15",
        "2026-12-12T10:15, 1, 2026-12-14T10:15",
        "2026-12-13T23:30, 1, 2026-12-14T23:30",
        "2026-12-10T09:00, 3, 2026-12-15T09:00",
        "2026-12-07T10:15, 5, 2026-12-14T10:15"
    })
    void skipsSaturdaysAndSundays(LocalDateTime from, int days, LocalDateTime expected) {
        ZonedDateTime start = from.atZone(WorkingDays.FRANCE);

        assertThat(WorkingDays.after(start, days).toLocalDateTime()).isEqualTo(expected);
    }
}

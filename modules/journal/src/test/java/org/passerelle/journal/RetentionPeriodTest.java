package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** S11: kept 12 months by default, 6 to 36 configurable; anything else is refused, never clamped. */
class RetentionPeriodTest {

    private final JournalKeys keys = JournalKeys.generate();

    @ParameterizedTest
    @ValueSource(ints = {6, 12, 36})
    void sixToThirtySixMonthsAreAccepted(int months) {
        assertThat(new JournalPurger(keys, Path.of("unused"), months).retentionMonths())
                .isEqualTo(months);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 5, 37, 120})
    void otherPeriodsAreRefusedWithTheAllowedRange(int months) {
        assertThatThrownBy(() -> new JournalPurger(keys, Path.of("unused"), months))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 6 and 36 months")
                .hasMessageContaining("it is " + months);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 37})
    void theCheckIsAvailableWithoutAPurger(int months) {
        assertThatThrownBy(() -> JournalPurger.requireValidRetention(months))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JournalPurger.requireValidRetention(JournalPurger.DEFAULT_RETENTION_MONTHS))
                .isEqualTo(12);
    }
}

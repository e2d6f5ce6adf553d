package org.passerelle.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    private final DatabaseOutage outage =
            new DatabaseOutage(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aConnectionFailureStartsAnOutageThatTheNextSuccessEnds() {
        assertThat(outage.isDown()).isFalse();
        assertThat(outage.absorbs(new SQLException("refused", "08001"), "/api/v1/persons"))
                .isTrue();
        assertThat(outage.absorbs(new SQLException("refused", "08001"), "JournalSealing"))
                .isTrue();
        assertThat(outage.isDown()).isTrue();
        outage.available();
        assertThat(outage.isDown()).isFalse();
    }

    @Test
    void otherFailuresAreLeftToTheCaller() {
        assertThat(outage.absorbs(new IllegalStateException("bug"), "/api/v1/persons"))
                .isFalse();
        assertThat(outage.isDown()).isFalse();
    }

    @Test
    void theLogLineNamesTheTypeAndStateButNoMessage() {
        String described = DatabaseOutage.describe(new RuntimeException(
                "insert into person values ('Dupont')", new SQLException("connection to 127.0.0.1 refused", "08001")));
        assertThat(described).isEqualTo("SQLException, SQL state 08001");
    }
}

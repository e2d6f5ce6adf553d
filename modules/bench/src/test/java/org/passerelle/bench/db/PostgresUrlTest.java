package org.passerelle.bench.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void replacesOrAddsTheDatabaseAndKeepsTheParameters() {
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "bench"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/bench?user=postgres");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://db:5433/postgres", "bench"))
                .isEqualTo("jdbc:postgresql://db:5433/bench");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://db?user=a/b", "bench"))
                .isEqualTo("jdbc:postgresql://db/bench?user=a/b");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://db/", "bench")).isEqualTo("jdbc:postgresql://db/bench");
    }

    @Test
    void dropsParametersForMessages() {
        assertThat(PostgresUrl.withoutParameters("jdbc:postgresql://db/postgres?user=u&password=secret"))
                .isEqualTo("jdbc:postgresql://db/postgres");
        assertThatThrownBy(() -> PostgresUrl.withoutParameters("jdbc:mysql://db/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

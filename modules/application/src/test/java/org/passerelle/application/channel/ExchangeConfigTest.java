package org.passerelle.application.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExchangeConfigTest {

    /** The defaults of the settings, as injected when none is set. */
    private static ExchangeConfig defaults() {
        ExchangeConfig config = new ExchangeConfig();
        config.workers = 4;
        config.connectTimeoutSeconds = 5;
        config.readTimeoutSeconds = 10;
        return config;
    }

    @Test
    void theDefaultLeaseOutlastsABatchsWorstCase() {
        ExchangeConfig config = defaults();

        assertThat(config.batchBound()).isEqualTo(Duration.ofSeconds(10 * (5 + 10)));
        assertThat(config.lease()).isEqualTo(Duration.ofSeconds(180)).isGreaterThan(config.batchBound());
        assertThat(config.leaseRaised()).isFalse();
    }

    @Test
    void aLeaseShorterThanABatchsWorstCaseIsRaisedAndALongerOneKept() {
        ExchangeConfig config = defaults();
        config.leaseSeconds = 120;
        assertThat(config.lease()).isEqualTo(Duration.ofSeconds(180));
        assertThat(config.leaseRaised()).isTrue();

        config.leaseSeconds = 600;
        assertThat(config.lease()).isEqualTo(Duration.ofSeconds(600));
        assertThat(config.leaseRaised()).isFalse();

        config.readTimeoutSeconds = 60;
        assertThat(config.lease()).as("follows the timeouts").isEqualTo(Duration.ofSeconds(10 * 65 + 30));
    }

    @Test
    void aPartnerTakesHalfTheWorkersByDefaultAndNeverMoreThanAll() {
        ExchangeConfig config = defaults();
        assertThat(config.workersPerPartner()).isEqualTo(2);

        config.workers = 1;
        assertThat(config.workersPerPartner()).isEqualTo(1);

        config.workers = 4;
        config.workersPerPartner = 9;
        assertThat(config.workersPerPartner()).isEqualTo(4);
    }
}

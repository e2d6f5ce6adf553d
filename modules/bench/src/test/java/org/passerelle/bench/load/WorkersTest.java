package org.passerelle.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void timedThreadsRepeatTheirOperationAndCloseWhatTheyOpened() throws Exception {
        AtomicInteger closed = new AtomicInteger();
        Workers.Timed timed =
                Workers.timed("test", 3, Duration.ofMillis(20), Duration.ofMillis(100), (thread, resources) -> {
                    resources.add(closed::incrementAndGet);
                    return () -> Thread.sleep(5);
                });

        assertThat(closed.get()).isEqualTo(3);
        assertThat(timed.measured().completed()).isPositive().isLessThan(timed.total());
        assertThat(timed.measured().seconds()).isEqualTo(0.1);
        assertThat(timed.measured().millis(0.5)).isGreaterThanOrEqualTo(5.0);
    }

    @Test
    void aFailingThreadFailsTheRunOnceAllHaveEnded() {
        AtomicInteger ended = new AtomicInteger();
        assertThatThrownBy(() -> Workers.run("test", 4, thread -> {
                    ended.incrementAndGet();
                    if (thread == 2) {
                        throw new IllegalStateException("thread 2");
                    }
                }))
                .hasMessage("thread 2");
        assertThat(ended.get()).isEqualTo(4);
    }
}

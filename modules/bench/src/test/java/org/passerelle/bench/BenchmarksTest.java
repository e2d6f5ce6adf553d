package org.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarksTest {

    @Test
    void runsEverythingAtFullSizeByDefault() {
        Options options = Options.parse();

        assertThat(options.runs("crypto")).isTrue();
        assertThat(options.runs("search")).isTrue();
        assertThat(options.runs("journal")).isTrue();
        assertThat(options.size("lookups")).isEqualTo(20_000);
        assertThat(options.sizes("journal-threads")).containsExactly(4, 8);
        assertThat(options.size("journal-seconds")).isEqualTo(20);
        assertThat(options.size("journal-entries")).isEqualTo(1_000_000);
        assertThat(options.runs("envers")).isTrue();
        assertThat(options.runs("read")).isTrue();
        assertThat(options.runs("rotation")).isTrue();
        assertThat(options.size("envers-threads")).isEqualTo(4);
        assertThat(options.size("stack-persons")).isEqualTo(1_000_000);
        assertThat(options.size("read-pool")).isEqualTo(10_000);
        assertThat(options.sizes("read-users")).containsExactly(1, 2, 4, 8, 16, 32);
        assertThat(options.size("rotation-max-minutes")).isEqualTo(10);
        assertThat(options.profile()).isFalse();
        assertThat(options.docs()).isNull();
        assertThat(options.command()).isEqualTo("./passerelle bench");
        assertThat(options.sizes("delivery-senders")).containsExactly(1, 2, 4, 8);
        assertThat(Options.USAGE).contains("--delivery-https=1000").contains("--only=crypto,search");
    }

    @Test
    void stackOptionsSizeTheReadAndRotationBenchmarksAndOutputOptionsStayOutOfTheCommand() {
        Options options = Options.parse(
                "--only=read,rotation",
                "--stack-persons=20_000",
                "--read-pool=500",
                "--read-users=1,4",
                "--read-seconds=3",
                "--rotation-read-rate=20",
                "--rotation-before-seconds=5",
                "--rotation-max-minutes=2",
                "--profile",
                "--docs=docs/benchmarks.md",
                "--out=/tmp/x");

        assertThat(options.runs("crypto")).isFalse();
        assertThat(options.runs("rotation")).isTrue();
        assertThat(options.size("stack-persons")).isEqualTo(20_000);
        assertThat(options.size("read-pool")).isEqualTo(500);
        assertThat(options.sizes("read-users")).containsExactly(1, 4);
        assertThat(options.size("read-seconds")).isEqualTo(3);
        assertThat(options.size("rotation-read-rate")).isEqualTo(20);
        assertThat(options.size("rotation-before-seconds")).isEqualTo(5);
        assertThat(options.size("rotation-max-minutes")).isEqualTo(2);
        assertThat(options.profile()).isTrue();
        assertThat(options.docs().isAbsolute()).isTrue();
        assertThat(options.docs().endsWith(java.nio.file.Path.of("docs/benchmarks.md")))
                .isTrue();
        assertThat(options.command())
                .isEqualTo("./passerelle bench --only=read,rotation --stack-persons=20_000 "
                        + "--read-pool=500 --read-users=1,4 --read-seconds=3 --rotation-read-rate=20 "
                        + "--rotation-before-seconds=5 --rotation-max-minutes=2 --profile");
        assertThatThrownBy(() -> Options.parse("--stack-persons=10", "--read-pool=11"))
                .hasMessageContaining("--read-pool");
    }

    @Test
    void optionsSelectMeasurementsAndSizes() {
        Options options = Options.parse("--only=search", "--stack-persons=50_000", "--lookups=500");

        assertThat(options.runs("crypto")).isFalse();
        assertThat(options.runs("search")).isTrue();
        assertThat(options.size("stack-persons")).isEqualTo(50_000);
        assertThat(options.size("lookups")).isEqualTo(500);
        assertThat(options.runs("journal")).isFalse();
    }

    @Test
    void journalOptionsSizeTheJournalBenchmark() {
        Options options = Options.parse(
                "--only=journal", "--journal-threads=2,4,16", "--journal-seconds=6", "--journal-entries=1_500_000");

        assertThat(options.runs("journal")).isTrue();
        assertThat(options.runs("search")).isFalse();
        assertThat(options.sizes("journal-threads")).containsExactly(2, 4, 16);
        assertThat(options.size("journal-seconds")).isEqualTo(6);
        assertThat(options.size("journal-entries")).isEqualTo(1_500_000);
        assertThatThrownBy(() -> Options.parse("--journal-threads=4,0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Options.parse("--journal-entries=")).hasMessageContaining("positive");
    }

    @Test
    void deliveryOptionsSetTheirSizeAndOnlyTheirs() {
        Options options = Options.parse("--delivery-https=2_000", "--delivery-senders=1,4", "--outbox-seconds=2");

        assertThat(options.size("delivery-https")).isEqualTo(2_000);
        assertThat(options.sizes("delivery-senders")).containsExactly(1, 4);
        assertThat(options.size("outbox-seconds")).isEqualTo(2);
        assertThat(options.size("delivery-sftp")).isEqualTo(100);
        assertThatThrownBy(() -> Options.parse("--delivery-rate=0")).hasMessageContaining("--delivery-rate");
        assertThatThrownBy(() -> Options.parse("--delivery-senders=1,x")).hasMessageContaining("positive");
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(() -> Options.parse("--only=crypto,http")).hasMessageContaining("http");
        assertThatThrownBy(() -> Options.parse("--lookups=0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Options.parse("--lookups=many")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Options.parse("--fast")).hasMessageContaining("--fast");
        assertThatThrownBy(() -> Options.parse("--threads=2")).hasMessageContaining("--threads");
        assertThatThrownBy(() -> Options.parse("--persons=1000")).hasMessageContaining("--persons");
    }
}

package org.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.bench.Benchmarks.Options;

class BenchmarksTest {

    @Test
    void runsEverythingAtFullSizeByDefault() {
        Options options = Options.parse();

        assertThat(options.runs("crypto")).isTrue();
        assertThat(options.runs("search")).isTrue();
        assertThat(options.persons()).isEqualTo(1_000_000);
        assertThat(options.lookups()).isEqualTo(20_000);
    }

    @Test
    void optionsSelectMeasurementsAndSizes() {
        Options options = Options.parse("--only=search", "--persons=50_000", "--lookups=500");

        assertThat(options.runs("crypto")).isFalse();
        assertThat(options.runs("search")).isTrue();
        assertThat(options.persons()).isEqualTo(50_000);
        assertThat(options.lookups()).isEqualTo(500);
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(() -> Options.parse("--only=crypto,http")).hasMessageContaining("http");
        assertThatThrownBy(() -> Options.parse("--persons=0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Options.parse("--persons=many")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Options.parse("--fast")).hasMessageContaining("--fast");
        assertThatThrownBy(() -> Options.parse("--threads=2")).hasMessageContaining("--threads");
    }
}

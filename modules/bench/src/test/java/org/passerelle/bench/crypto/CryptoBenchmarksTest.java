package org.passerelle.bench.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each benchmark body once, outside JMH: what they measure must be a correct round trip. */
class CryptoBenchmarksTest {

    @Test
    void everyBenchmarkDoesWhatItsNameSays() throws Exception {
        CryptoBenchmarks benchmarks = new CryptoBenchmarks();
        benchmarks.setUp();
        byte[] value = CryptoBenchmarks.VALUE.getBytes(StandardCharsets.UTF_8);

        assertThat(value).hasSize(64);
        assertThat(benchmarks.fieldCipher()).isEqualTo(CryptoBenchmarks.VALUE);
        assertThat(benchmarks.aesGcmJdk()).isEqualTo(value);
        assertThat(benchmarks.aesGcmBouncyCastleJca()).isEqualTo(value);
        assertThat(benchmarks.aesGcmBouncyCastleLightweight()).isEqualTo(value);
        assertThat(benchmarks.blindIndexNir()).hasSize(16).isEqualTo(benchmarks.blindIndexNir());
        assertThat(benchmarks.blindIndexNameAndBirthDate()).hasSize(16).isNotEqualTo(benchmarks.blindIndexNir());
    }
}

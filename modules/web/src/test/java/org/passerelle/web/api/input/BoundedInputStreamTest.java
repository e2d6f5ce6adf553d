package org.passerelle.web.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[1000];

        try (InputStream in = new BoundedInputStream(new ByteArrayInputStream(body), 1000)) {
            assertThat(in.readAllBytes()).hasSize(1000);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void oneByteMoreFailsTheReadWithTheLimit() {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[1001]), 1000);

        assertThatThrownBy(in::readAllBytes)
                .isInstanceOfSatisfying(
                        BodyTooLargeException.class,
                        e -> assertThat(e.getMessage()).contains("1000"));
    }

    @Test
    void everyWayOfReadingCounts() throws IOException {
        InputStream single = new BoundedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        single.read();
        single.read();
        assertThatThrownBy(single::read).isInstanceOf(BodyTooLargeException.class);

        InputStream skipping = new BoundedInputStream(new ByteArrayInputStream(new byte[10]), 5);
        assertThatThrownBy(() -> skipping.skip(10)).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void theLimitIsFoundUnderWrappers() {
        BodyTooLargeException tooLarge = new BodyTooLargeException(10);
        RuntimeException wrapped = new RuntimeException(new IllegalStateException(tooLarge));

        assertThat(BodyTooLargeException.in(wrapped)).isSameAs(tooLarge);
        assertThat(BodyTooLargeException.in(new RuntimeException())).isNull();
    }
}

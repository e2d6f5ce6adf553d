package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S8: the NIR never appears in a server log line (nor in a URL, which the access log would show).
 * Runs last ({@link ClassOrderer.OrderAnnotation}) so that it sees every NIR the suite used.
 */
@ExtendWith(StackExtension.class)
@Order(Integer.MAX_VALUE)
class NoNirInServerLogsIT {

    @Test
    void noNirTheSuiteUsedIsInAnyServerLog() throws IOException {
        assertThat(TestData.NIRS_USED).as("the suite used NIRs").isNotEmpty();
        Path work = Stack.workDir();
        List<Path> logs;
        try (Stream<Path> files = Files.walk(work)) {
            logs = files.filter(p -> p.toString().endsWith(".log")).toList();
        }
        assertThat(logs).extracting(p -> p.getFileName().toString()).contains("server.log", "wildfly-console.log");

        for (Path log : logs) {
            String text = Files.readString(log);
            for (String nir : TestData.NIRS_USED) {
                String spaced = nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " "
                        + nir.substring(5, 7) + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " "
                        + nir.substring(13);
                assertThat(text).as("%s must not hold a NIR", log.getFileName())
                        .doesNotContain(nir).doesNotContain(spaced).doesNotContain(nir.substring(0, 13));
            }
        }
    }
}

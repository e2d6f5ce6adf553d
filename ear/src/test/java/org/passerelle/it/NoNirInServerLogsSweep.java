package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * S8: the NIR never appears in a server log line (nor in a URL, which the access log would show).
 * A sweep: it runs after every IT of the run, once the servers have stopped, over the NIRs they
 * used ({@link SentValues}).
 */
class NoNirInServerLogsSweep {

    @Test
    void noNirTheSuiteUsedIsInAnyServerLog() throws IOException {
        Set<String> nirs = SentValues.ofTheRun().nirs();
        assumeFalse(!SentValues.WHOLE_SUITE && nirs.isEmpty(), "the ITs of this run used no NIR");
        assertThat(nirs).as("the suite used NIRs").isNotEmpty();
        Path work = Stack.runFolder();
        List<Path> logs;
        try (Stream<Path> files = Files.walk(work)) {
            logs = files.filter(p -> p.toString().endsWith(".log")).toList();
        }
        assertThat(logs).extracting(p -> p.getFileName().toString()).contains("server.log", "wildfly-console.log");

        for (Path log : logs) {
            String text = Files.readString(log);
            for (String nir : nirs) {
                String spaced = nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " "
                        + nir.substring(5, 7) + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " "
                        + nir.substring(13);
                assertThat(text)
                        .as("%s must not hold a NIR", log.getFileName())
                        .doesNotContain(nir)
                        .doesNotContain(spaced)
                        .doesNotContain(nir.substring(0, 13));
            }
        }
    }
}

package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The personal values the ITs of a run sent (fictitious NIRs, names, notes...), written into the
 * run's folder when its stack stops, for the sweeps that run after every IT, in another JVM
 * (failsafe's {@code sweeps} execution): they look for these values where none may be.
 *
 * @param nirs       every NIR the run generated or seeded
 * @param plaintexts every value it sent to be stored encrypted
 */
record SentValues(Set<String> nirs, Set<String> plaintexts) {

    /** Whether every IT ran (no {@code -Dit.test}): a sweep then requires the whole suite's values. */
    static final boolean WHOLE_SUITE = Boolean.getBoolean("passerelle.it.whole-suite");

    private static Path file() {
        return Stack.runFolder().resolve("sent-values.json");
    }

    /** Called when the stack stops: the values of {@link TestData}, for the sweeps. */
    static void save() {
        try {
            Http.JSON.writeValue(file().toFile(), new SentValues(TestData.NIRS_USED, TestData.PLAINTEXTS_USED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new stack starts a new run: the previous run's values go with its database. */
    static void forget() throws IOException {
        Files.deleteIfExists(file());
    }

    /**
     * What the run's ITs sent. A run of a few ITs may have started no stack or sent nothing: the
     * sweep is then skipped; after the whole suite, a missing record fails it.
     */
    static SentValues ofTheRun() {
        if (Stack.ATTACHED.isPresent()) {
            abort("attached to a running stack: the sweeps check a stack the tests started");
        }
        if (!Files.exists(file())) {
            assertThat(WHOLE_SUITE)
                    .as("the ITs recorded what they sent in %s", file())
                    .isFalse();
            abort("no IT of this run started the stack");
        }
        try {
            return Http.JSON.readValue(file().toFile(), new TypeReference<SentValues>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

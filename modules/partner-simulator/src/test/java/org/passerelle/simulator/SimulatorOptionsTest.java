package org.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorOptionsTest {

    @Test
    void everyOptionHasItsDocumentedDefault() {
        SimulatorOptions options = SimulatorOptions.defaults();

        assertThat(options.data().endsWith(Path.of(".run", "simulator"))).isTrue();
        assertThat(options.httpPort()).isEqualTo(8280);
        assertThat(options.httpsPort()).isEqualTo(8243);
        assertThat(options.sftpPort()).isEqualTo(2222);
        assertThat(options.amqpPort()).isEqualTo(5682);
        assertThat(options.passerelleUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.keycloakUrl()).isEqualTo(URI.create("http://localhost:8180"));
        assertThat(options.realm()).isEqualTo("passerelle");
        assertThat(options.clientSecretFile().endsWith(Path.of(".run", "partner-secrets", "caf-49-system")))
                .isTrue();
    }

    @Test
    void theClientSecretIsReadFromItsFileNeverGivenOnTheCommandLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("caf-49-system");
        Files.writeString(file, "s3cret\n");

        assertThat(SimulatorOptions.parse(new String[] {"--client-secret-file=" + file})
                        .clientSecret())
                .isEqualTo("s3cret");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--client-secret=s3cret"}))
                .hasMessageContaining("unknown option --client-secret");
    }

    @Test
    void givenOptionsOverrideAndUnknownOnesAreRefused() {
        SimulatorOptions options =
                SimulatorOptions.parse(new String[] {"--http-port=9000", "--passerelle-url=http://h:1/"});

        assertThat(options.httpPort()).isEqualTo(9000);
        assertThat(options.passerelleUrl()).isEqualTo(URI.create("http://h:1"));
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--htp-port=1"}))
                .hasMessageContaining("unknown option --htp-port");
    }
}

package org.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void everyOptionHasItsDocumentedDefault() {
        SimulatorOptions options = SimulatorOptions.defaults();

        assertThat(options.data().endsWith(java.nio.file.Path.of(".run", "simulator")))
                .isTrue();
        assertThat(options.httpPort()).isEqualTo(8280);
        assertThat(options.httpsPort()).isEqualTo(8243);
        assertThat(options.sftpPort()).isEqualTo(2222);
        assertThat(options.amqpPort()).isEqualTo(5682);
        assertThat(options.passerelleUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.keycloakUrl()).isEqualTo(URI.create("http://localhost:8180"));
        assertThat(options.realm()).isEqualTo("passerelle");
        assertThat(options.clientSecret()).isEqualTo("demo");
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

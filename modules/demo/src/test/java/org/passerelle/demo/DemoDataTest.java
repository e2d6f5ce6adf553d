package org.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.ApiException;

class DemoDataTest {

    @Test
    void defaultsAreThoseOfPasserelleRun() {
        assertThat(DemoData.Options.parse())
                .isEqualTo(new DemoData.Options(
                        URI.create("http://localhost:8080"), URI.create("http://localhost:8180"), "passerelle"));
    }

    @Test
    void optionsOverrideTheDefaults() {
        assertThat(DemoData.Options.parse(
                        "--api=http://localhost:18080", "--keycloak=http://localhost:18180/", "--realm=other"))
                .isEqualTo(new DemoData.Options(
                        URI.create("http://localhost:18080"), URI.create("http://localhost:18180/"), "other"));
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> DemoData.Options.parse("--seed=1")).hasMessageContaining("--seed");
        assertThatThrownBy(() -> DemoData.Options.parse("--api=localhost:8080")).hasMessageContaining("--api");
        assertThatThrownBy(() -> DemoData.Options.parse("--realm=")).hasMessageContaining("--realm");
    }

    @Test
    void anUnreachableServerIsAnApiErrorNotACrash() {
        // Port 9 (discard) is closed on these machines: the first token request cannot connect.
        assertThatThrownBy(() -> DemoData.run("--api=http://127.0.0.1:9", "--keycloak=http://127.0.0.1:9"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("cannot reach http://127.0.0.1:9")
                .hasMessageContaining("ccas-saumur usager #0");
    }
}

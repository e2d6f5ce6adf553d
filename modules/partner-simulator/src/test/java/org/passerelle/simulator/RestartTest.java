package org.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Passerelle registered and what the partner applied must outlive a restart of the simulator. */
class RestartTest {

    @Test
    void keysAndLedgerSurviveARestart() throws Exception {
        try (SimulatorFixture fixture = SimulatorFixture.start()) {
            fixture.behaviour(Partner.CAF_49, "{\"replies\": []}");
            JsonNode cafKeys = fixture.getJson("/keys/caf-49");
            JsonNode cpamKeys = fixture.getJson("/keys/cpam-49");
            ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);
            String messageId = orientation.get("messageId").asText();
            assertThat(new CafClient(fixture).postSigned(orientation).statusCode())
                    .isEqualTo(202);

            fixture.restart();

            assertThat(fixture.getJson("/keys/caf-49")).isEqualTo(cafKeys);
            assertThat(fixture.getJson("/keys/cpam-49").path("sshHostKey")).isEqualTo(cpamKeys.path("sshHostKey"));
            fixture.behaviour(Partner.CAF_49, "{\"replies\": []}");
            assertThat(new CafClient(fixture).postSigned(orientation).statusCode())
                    .isEqualTo(202);
            List<JsonNode> entries = fixture.ledger(messageId);
            assertThat(entries).extracting(e -> e.path("duplicate").asBoolean()).containsExactly(false, true);
            assertThat(entries.get(1).path("seq").asLong())
                    .isGreaterThan(entries.get(0).path("seq").asLong());
        }
    }
}

package org.passerelle.simulator.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.behaviour.Behaviour;

/** What the simulator answers is what docs/contract/status.schema.json allows. */
class StatusDocumentTest {

    private static final String REFERRAL = "a2b4c6d8-1e2f-4a3b-8c4d-5e6f7a8b9c0d";

    /** Every status type the schema lists, read from the schema itself so that a new one is answered too. */
    private static List<String> types() {
        List<String> types = new ArrayList<>();
        read("/contract/status.schema.json")
                .path("properties")
                .path("type")
                .path("enum")
                .forEach(t -> types.add(t.asText()));
        return types;
    }

    @Test
    void everyStatusTheSimulatorSendsWithItsDefaultBehaviourConforms() {
        Behaviour answers = Behaviour.DEFAULT;
        assertThat(types()).hasSize(10);
        for (String type : types()) {
            StatusDocument status = StatusDocument.of(
                    Partner.DEPT_49,
                    REFERRAL,
                    type,
                    answers.caseworker(),
                    type.equals("REJECT") ? answers.rejectReasonCode() : answers.outcomeCode(),
                    answers.message());

            assertThat(Contract.STATUS.breaches(status.document())).as(type).isEmpty();
            assertThat(status.document().path("type").asText()).isEqualTo(type);
        }
    }

    @Test
    void aStatusOutsideTheSchemaBreaksIt() {
        ObjectNode acceptWithoutCaseworker = StatusDocument.of(
                        Partner.DEPT_49, REFERRAL, "ACCEPT", "agent-1234", null, null)
                .document();
        acceptWithoutCaseworker.remove("caseworker");
        ObjectNode rejectWithoutMessage = StatusDocument.of(
                        Partner.DEPT_49, REFERRAL, "REJECT", null, "HORS_COMPETENCE", null)
                .document();
        ObjectNode acknowledgeWithAMessage = StatusDocument.of(
                        Partner.DEPT_49, REFERRAL, "ACKNOWLEDGE", null, null, null)
                .document()
                .put("message", "Bien reçu");

        assertThat(Contract.STATUS.breaches(acceptWithoutCaseworker)).contains("/caseworker: required");
        assertThat(Contract.STATUS.breaches(rejectWithoutMessage)).anyMatch(b -> b.startsWith("/message: "));
        assertThat(Contract.STATUS.breaches(acknowledgeWithAMessage)).anyMatch(b -> b.startsWith("/message: "));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = StatusDocumentTest.class.getResourceAsStream(resource)) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.passerelle.application.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.passerelle.secrecy.referral.Transition;

/**
 * What Passerelle takes in from a partner (docs/partner-exchange.md §2.2) is what the contract's
 * schema (docs/contract/status.schema.json) allows: every status type the schema lists is read by
 * {@link StatusDocument}, and the breaches both refuse are refused by both.
 */
class StatusDocumentFollowsTheContractTest {

    private static final String SCHEMA = "status.schema.json";

    /** A conforming status of each type, as a partner's system writes it. */
    private static ObjectNode status(String type) {
        ObjectNode status = ContractSchemas.JSON
                .createObjectNode()
                .put("schema", "passerelle.status/1")
                .put("messageId", "3f1c2b7e-8a9d-4c1e-9b2a-0d4e5f6a7b8c")
                .put("referralId", "a2b4c6d8-1e2f-4a3b-8c4d-5e6f7a8b9c0d")
                .put("from", "cpam-49")
                .put("type", type)
                .put("sentAt", "2026-11-23T10:15:30Z");
        switch (type) {
            case "ACCEPT" -> status.put("caseworker", "agent-1234");
            case "REJECT" -> status.put("reasonCode", "HORS_COMPETENCE").put("message", "Hors de notre champ");
            case "COMPLETE", "FAIL" -> status.put("reasonCode", "DROITS_OUVERTS");
            case "REQUEST_INFORMATION" -> status.put("message", "Quel est le numéro d'allocataire ?");
            default -> {
                // ACKNOWLEDGE and the progress statuses need nothing more
            }
        }
        return status;
    }

    private static byte[] bytes(ObjectNode document) {
        return document.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> types() {
        List<String> types = new ArrayList<>();
        ContractSchemas.schema(SCHEMA).at("/properties/type/enum").forEach(t -> types.add(t.asText()));
        return types;
    }

    @Test
    void everyStatusTypeOfTheSchemaIsReadWithTheTransitionItAsksFor() {
        assertThat(types()).hasSize(10);
        for (String type : types()) {
            ObjectNode status = status(type);
            assertThat(ContractSchemas.breaches(SCHEMA, bytes(status))).as(type).isEmpty();

            StatusDocument read = StatusDocument.parse(bytes(status));

            assertThat(read.type()).isEqualTo(type);
            Optional<Transition> transition = read.transition();
            assertThat(transition.map(Transition::name))
                    .as(type)
                    .isEqualTo(type.equals("REQUEST_INFORMATION") ? Optional.empty() : Optional.of(type));
        }
    }

    @Test
    void aStatusOutsideTheSchemaIsRefusedByTheSchemaAndByPasserelle() {
        assertBothRefuse("ACCEPT", s -> s.remove("caseworker"), "caseworker");
        assertBothRefuse("ACCEPT", s -> s.put("caseworker", "agent 1234"), "caseworker");
        assertBothRefuse("REQUEST_INFORMATION", s -> s.remove("message"), "message");
        assertBothRefuse("ACKNOWLEDGE", s -> s.put("type", "RECALL"), "type");
        assertBothRefuse("ACKNOWLEDGE", s -> s.put("schema", "passerelle.status/2"), "schema");
        assertBothRefuse("ACKNOWLEDGE", s -> s.put("from", "CPAM 49"), "from");
        assertBothRefuse("ACKNOWLEDGE", s -> s.put("messageId", "not-a-uuid"), "messageId");
        assertBothRefuse("ACKNOWLEDGE", s -> s.put("referralId", 12), "referralId");
    }

    private static void assertBothRefuse(String type, Consumer<ObjectNode> breach, String member) {
        ObjectNode status = status(type);
        breach.accept(status);

        assertThat(ContractSchemas.breaches(SCHEMA, bytes(status)))
                .as("the schema refuses %s", status)
                .isNotEmpty();
        // Named, not imported: the invalid-input exception is moving package (issue 17, item 2).
        assertThatThrownBy(() -> StatusDocument.parse(bytes(status)))
                .as("Passerelle refuses %s", status)
                .hasMessageStartingWith(member + ": ")
                .extracting(e -> e.getClass().getSimpleName())
                .isEqualTo("InvalidInputException");
    }
}

package org.passerelle.simulator.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.simulator.Partner;

/** What the simulator accepts is what docs/contract allows, and nothing else. */
class OrientationDocumentTest {

    private static final String ENVELOPE = """
            "schema": "passerelle.orientation/1", "messageId": "3f1c2b7e-8a9d-4c1e-9b2a-0d4e5f6a7b8c",
            "referralId": "a2b4c6d8-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "sentAt": "2026-11-23T10:15:30.123456Z",
            "from": "ccas-saumur", "to": "cpam-49",
            """;
    private static final String ORIENTATION = "{" + ENVELOPE + """
             "kind": "ORIENTATION", "cadre": "SOCIAL_ACTION", "purpose": "acces-aux-droits", "urgency": "URGENT",
             "reason": "Ouverture de droits", "sendingOrganisationName": "CCAS de Saumur", "commune": "Saumur",
             "respondBy": "2026-12-23T10:15:30Z"}
            """;
    private static final String SHARE = "{" + ENVELOPE + """
             "kind": "SHARE", "recipient": "agent-1234", "fields": {"person.nir": "x", "person.lastName": "y"},
             "notes": [{"id": "5b0e7c1a-2d3f-4e5a-9b6c-7d8e9f0a1b2c", "category": "RESOURCES",
                        "writtenAt": "2026-11-20T08:00:00Z", "text": "z"}]}
            """;
    private static final String MESSAGE = "{" + ENVELOPE + """
             "kind": "MESSAGE", "audience": "RECIPIENT", "recipient": "agent-1234", "text": "Rendez-vous confirmé."}
            """;
    private static final String CANCELLATION = "{" + ENVELOPE + """
             "kind": "CANCELLATION", "reasonCode": "SENDER_WITHDREW"}
            """;

    @Test
    void aShareGivesItsSortedFieldKeys() {
        OrientationDocument document = OrientationDocument.parse(bytes(SHARE), Partner.CPAM_49);

        assertThat(document.kind()).isEqualTo("SHARE");
        assertThat(document.messageId()).isEqualTo("3f1c2b7e-8a9d-4c1e-9b2a-0d4e5f6a7b8c");
        assertThat(document.referralId()).isEqualTo("a2b4c6d8-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
        assertThat(document.fieldKeys()).containsExactly("person.lastName", "person.nir");
    }

    @Test
    void everyKindOfTheContractIsAccepted() {
        assertThat(OrientationDocument.parse(bytes(ORIENTATION), Partner.CPAM_49)
                        .fieldKeys())
                .isEmpty();
        assertThat(OrientationDocument.parse(bytes(MESSAGE), Partner.CPAM_49).kind())
                .isEqualTo("MESSAGE");
        ObjectNode triage = with(MESSAGE, d -> d.put("audience", "TRIAGE").remove("recipient"));
        assertThat(OrientationDocument.parse(Json.bytes(triage), Partner.CPAM_49)
                        .kind())
                .isEqualTo("MESSAGE");
    }

    /** Every reason Passerelle can send (docs/contract/cancellation.schema.json), the expiry included. */
    @ParameterizedTest
    @ValueSource(strings = {"SENDER_WITHDREW", "CONSENT_WITHDRAWN", "USAGER_OBJECTED", "CASE_CLOSED", "EXPIRED"})
    void everyCancellationReasonOfTheContractIsAccepted(String reason) {
        ObjectNode cancellation = with(CANCELLATION, d -> d.put("reasonCode", reason));

        assertThat(OrientationDocument.parse(Json.bytes(cancellation), Partner.CPAM_49)
                        .kind())
                .isEqualTo("CANCELLATION");
    }

    @Test
    void aDocumentOutsideTheSchemaIsRefusedNamingTheMemberAndNeverTheValue() {
        assertBreach(
                with(SHARE, d -> d.put("messageId", "3F1C2B7E-8A9D-4C1E-9B2A-0D4E5F6A7B8C")), "/messageId: pattern");
        assertBreach(with(SHARE, d -> d.put("sentAt", "2026-11-23T11:15:30+01:00")), "/sentAt: pattern");
        assertBreach(with(SHARE, d -> d.put("sentAt", "2026-13-45T10:15:30Z")), "/sentAt: format");
        assertBreach(
                        with(SHARE, d -> ((ObjectNode) d.get("fields")).put("person.nir", 12345)),
                        "/fields/person.nir: type")
                .doesNotContain("12345");
        assertBreach(with(SHARE, d -> ((ObjectNode) d.get("fields")).put("person.secret", "v")), "person.secret")
                .doesNotContain("\"v\"");
        assertBreach(
                with(SHARE, d -> ((ObjectNode) d.get("notes").get(0)).remove("category")),
                "/notes/0/category: required");
        assertBreach(
                        with(SHARE, d -> ((ObjectNode) d.get("notes").get(0)).put("category", "SECRETS")),
                        "/notes/0/category: enum")
                .doesNotContain("SECRETS");
        assertBreach(with(SHARE, d -> ((ObjectNode) d.get("notes").get(0)).remove("id")), "/notes/0/id: required");
        assertBreach(with(SHARE, d -> d.putArray("notes")), "/notes: minItems");
        assertBreach(with(SHARE, d -> d.put("futureMember", 1)), "/futureMember: additionalProperties");
        assertBreach(with(ORIENTATION, d -> d.putObject("fields")), "/fields: additionalProperties");
        assertBreach(with(ORIENTATION, d -> d.remove("respondBy")), "/respondBy: required");
        assertBreach(with(ORIENTATION, d -> d.put("reason", " ")), "/reason: pattern");
        assertBreach(with(MESSAGE, d -> d.remove("recipient")), "/recipient: required");
        assertBreach(with(MESSAGE, d -> d.put("audience", "TRIAGE")), "the document: not");
        assertBreach(with(CANCELLATION, d -> d.put("reasonCode", "USAGER_MOVED")), "/reasonCode: enum");
        assertBreach(with(CANCELLATION, d -> d.put("kind", "RECALL")), "/kind: enum");
    }

    @Test
    void aDocumentForAnotherPartnerOrNotAnObjectIsRefused() {
        assertThatThrownBy(() -> OrientationDocument.parse(bytes(SHARE), Partner.CAF_49))
                .hasMessage("to is not caf-49");
        assertThatThrownBy(() -> OrientationDocument.parse(bytes("[]"), Partner.CAF_49))
                .isInstanceOf(BadDocumentException.class)
                .hasMessage("not a JSON object");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertBreach(ObjectNode document, String breach) {
        return assertThatThrownBy(() -> OrientationDocument.parse(Json.bytes(document), Partner.CPAM_49))
                .isInstanceOf(BadDocumentException.class)
                .message()
                .startsWith("outside the contract: ")
                .contains(breach);
    }

    private static ObjectNode with(String document, Consumer<ObjectNode> change) {
        ObjectNode copy = OrientationDocument.readObject(bytes(document));
        change.accept(copy);
        return copy;
    }

    private static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }
}

package org.passerelle.simulator.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.passerelle.simulator.Partner;

import com.fasterxml.jackson.databind.node.ObjectNode;

class OrientationDocumentTest {

    private static final String SHARE = """
            {"schema": "passerelle.orientation/1", "messageId": "3f1c2b7e-8a9d-4c1e-9b2a-0d4e5f6a7b8c",
             "kind": "SHARE", "referralId": "a2b4c6d8-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "sentAt": "2026-11-23T10:15:30Z",
             "from": "ccas-saumur", "to": "cpam-49", "recipient": "agent-1234", "futureMember": 1,
             "fields": {"person.nir": "x", "person.lastName": "y"},
             "notes": [{"id": "5b0e7c1a-2d3f-4e5a-9b6c-7d8e9f0a1b2c", "category": "RESOURCES",
                        "writtenAt": "2026-11-20T08:00:00Z", "text": "z"}]}
            """;

    @Test
    void aShareGivesItsSortedFieldKeysAndIgnoresUnknownMembers() {
        OrientationDocument document = OrientationDocument.parse(SHARE.getBytes(StandardCharsets.UTF_8), Partner.CPAM_49);

        assertThat(document.kind()).isEqualTo("SHARE");
        assertThat(document.messageId()).isEqualTo("3f1c2b7e-8a9d-4c1e-9b2a-0d4e5f6a7b8c");
        assertThat(document.fieldKeys()).containsExactly("person.lastName", "person.nir");
    }

    @Test
    void breachesNameTheMemberAndNeverTheValue() throws Exception {
        ObjectNode upperCaseId = (ObjectNode) Json.MAPPER.readTree(SHARE);
        upperCaseId.put("messageId", "3F1C2B7E-8A9D-4C1E-9B2A-0D4E5F6A7B8C");
        ObjectNode notUtc = (ObjectNode) Json.MAPPER.readTree(SHARE);
        notUtc.put("sentAt", "2026-11-23T11:15:30+01:00");
        ObjectNode numberField = (ObjectNode) Json.MAPPER.readTree(SHARE);
        ((ObjectNode) numberField.get("fields")).put("person.nir", 12345);
        ObjectNode noteWithoutCategory = (ObjectNode) Json.MAPPER.readTree(SHARE);
        ((ObjectNode) noteWithoutCategory.get("notes").get(0)).remove("category");
        ObjectNode noteOfNoCategory = (ObjectNode) Json.MAPPER.readTree(SHARE);
        ((ObjectNode) noteOfNoCategory.get("notes").get(0)).put("category", "SECRETS");
        ObjectNode noteWithoutId = (ObjectNode) Json.MAPPER.readTree(SHARE);
        ((ObjectNode) noteWithoutId.get("notes").get(0)).remove("id");

        assertThatThrownBy(() -> OrientationDocument.parse(Json.bytes(upperCaseId), Partner.CPAM_49))
                .hasMessage("messageId is not a lower-case UUID");
        assertThatThrownBy(() -> OrientationDocument.parse(Json.bytes(notUtc), Partner.CPAM_49))
                .hasMessageContaining("sentAt");
        assertThatThrownBy(() -> OrientationDocument.parse(Json.bytes(numberField), Partner.CPAM_49))
                .hasMessage("fields.person.nir is not a string").message().doesNotContain("12345");
        assertThatThrownBy(() -> OrientationDocument.parse(Json.bytes(noteWithoutCategory), Partner.CPAM_49))
                .hasMessage("missing or empty category");
        assertThatThrownBy(() -> OrientationDocument.parse(Json.bytes(noteOfNoCategory), Partner.CPAM_49))
                .hasMessageStartingWith("category is not one of");
        assertThatThrownBy(() -> OrientationDocument.parse(Json.bytes(noteWithoutId), Partner.CPAM_49))
                .hasMessage("missing or empty id");
        assertThatThrownBy(() -> OrientationDocument.parse(SHARE.getBytes(StandardCharsets.UTF_8), Partner.CAF_49))
                .hasMessage("to is not caf-49");
        assertThatThrownBy(() -> OrientationDocument.parse("[]".getBytes(StandardCharsets.UTF_8), Partner.CAF_49))
                .isInstanceOf(BadDocumentException.class);
    }
}

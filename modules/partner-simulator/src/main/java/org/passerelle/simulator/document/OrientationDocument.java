package org.passerelle.simulator.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.simulator.Partner;

/**
 * A {@code passerelle.orientation/1} document as received, checked against the contract's schema
 * (docs/contract/to-partner.schema.json, §2.1) and addressed to this partner.
 */
public record OrientationDocument(
        String messageId, String kind, String referralId, List<String> fieldKeys, ObjectNode document) {

    public static final String SCHEMA = "passerelle.orientation/1";
    public static final String ORIENTATION = "ORIENTATION";
    public static final String SHARE = "SHARE";

    /** The document as far as it parses as a JSON object, for the ledger even when it breaks the contract. */
    public static ObjectNode readObject(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // falls through: not JSON
        }
        throw new BadDocumentException("not a JSON object");
    }

    /** @throws BadDocumentException naming the members that break the schema, or a document for another partner */
    public static OrientationDocument parse(byte[] body, Partner recipient) {
        ObjectNode document = readObject(body);
        Contract.TO_PARTNER.check(document);
        if (!recipient.code().equals(document.get("to").asText())) {
            throw new BadDocumentException("to is not " + recipient.code());
        }
        String kind = document.get("kind").asText();
        List<String> fieldKeys = new ArrayList<>();
        if (SHARE.equals(kind)) {
            document.get("fields").fieldNames().forEachRemaining(fieldKeys::add);
            fieldKeys.sort(null);
        }
        return new OrientationDocument(
                document.get("messageId").asText(),
                kind,
                document.get("referralId").asText(),
                List.copyOf(fieldKeys),
                document);
    }
}

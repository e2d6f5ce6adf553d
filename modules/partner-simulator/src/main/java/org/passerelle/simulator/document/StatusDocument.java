package org.passerelle.simulator.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.passerelle.simulator.Partner;

/** A {@code passerelle.status/1} document the partner sends back (§2.2), with a fresh messageId. */
public record StatusDocument(Partner from, String messageId, String referralId, String type, ObjectNode document) {

    public static final String SCHEMA = "passerelle.status/1";

    /**
     * @param caseworker used by ACCEPT
     * @param reasonCode used by REJECT, COMPLETE and FAIL
     * @param message required by REJECT and REQUEST_INFORMATION, optional elsewhere
     */
    public static StatusDocument of(
            Partner from, String referralId, String type, String caseworker, String reasonCode, String message) {
        String messageId = UUID.randomUUID().toString();
        ObjectNode document = Json.MAPPER
                .createObjectNode()
                .put("schema", SCHEMA)
                .put("messageId", messageId)
                .put("referralId", referralId)
                .put("from", from.code())
                .put("type", type)
                .put("sentAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        switch (type) {
            case "ACCEPT" -> document.put("caseworker", caseworker);
            case "REJECT" -> document.put("reasonCode", reasonCode).put("message", message);
            case "COMPLETE", "FAIL" -> putIfPresent(document.put("reasonCode", reasonCode), "message", message);
            case "REQUEST_INFORMATION" -> document.put("message", message);
            case "ACKNOWLEDGE" -> {
                // nothing more
            }
            default -> putIfPresent(document, "message", message);
        }
        return new StatusDocument(from, messageId, referralId, type, document);
    }

    public byte[] bytes() {
        return Json.bytes(document);
    }

    private static void putIfPresent(ObjectNode document, String member, String value) {
        if (value != null) {
            document.put(member, value);
        }
    }
}

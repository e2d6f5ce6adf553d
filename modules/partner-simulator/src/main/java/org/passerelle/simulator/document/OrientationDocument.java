package org.passerelle.simulator.document;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.passerelle.simulator.Partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@code passerelle.orientation/1} document as received, checked against the contract (§2.1).
 * Unknown members are ignored, as the contract asks; known ones must have their shape.
 */
public record OrientationDocument(String messageId, String kind, String referralId, List<String> fieldKeys,
        ObjectNode document) {

    public static final String SCHEMA = "passerelle.orientation/1";
    public static final String ORIENTATION = "ORIENTATION";
    public static final String SHARE = "SHARE";

    private static final Pattern LOWER_CASE_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> KINDS = Set.of(ORIENTATION, SHARE, "MESSAGE", "CANCELLATION");
    private static final Set<String> URGENCIES = Set.of("NORMAL", "URGENT");
    private static final Set<String> CANCELLATION_REASONS = Set.of("SENDER_WITHDREW", "CONSENT_WITHDRAWN", "CASE_CLOSED");
    /** A note is data of one of these categories (§2.1). */
    private static final Set<String> CATEGORIES =
            Set.of("IDENTITY", "CONTACT", "NIR", "FAMILY", "RESOURCES", "HOUSING", "HEALTH", "NOTES", "RSA");
    /** Members that carry personal data: S2 keeps them out of an ORIENTATION, which is the triage view. */
    private static final Set<String> SHARED_ONLY = Set.of("fields", "notes", "recipient");

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

    /** @throws BadDocumentException naming the first rule broken */
    public static OrientationDocument parse(byte[] body, Partner recipient) {
        ObjectNode document = readObject(body);
        requireEquals(document, "schema", SCHEMA);
        String messageId = requireUuid(document, "messageId");
        String referralId = requireUuid(document, "referralId");
        String kind = requireOneOf(document, "kind", KINDS);
        requireInstant(document, "sentAt");
        requireText(document, "from");
        requireEquals(document, "to", recipient.code());
        List<String> fieldKeys = List.of();
        switch (kind) {
            case ORIENTATION -> {
                for (String member : List.of("cadre", "purpose", "reason", "sendingOrganisationName")) {
                    requireText(document, member);
                }
                requireOneOf(document, "urgency", URGENCIES);
                requireInstant(document, "respondBy");
                if (document.has("commune") && !document.get("commune").isTextual() && !document.get("commune").isNull()) {
                    throw new BadDocumentException("commune is not a string");
                }
                for (String member : SHARED_ONLY) {
                    if (document.has(member)) {
                        throw new BadDocumentException("an ORIENTATION carries " + member + " (S2: triage view only)");
                    }
                }
            }
            case SHARE -> {
                requireText(document, "recipient");
                fieldKeys = fieldKeys(document.get("fields"));
                JsonNode notes = document.get("notes");
                if (notes != null) {
                    requireNotes(notes);
                }
            }
            case "MESSAGE" -> requireText(document, "text");
            default -> requireOneOf(document, "reasonCode", CANCELLATION_REASONS);
        }
        return new OrientationDocument(messageId, kind, referralId, fieldKeys, document);
    }

    private static List<String> fieldKeys(JsonNode fields) {
        if (!(fields instanceof ObjectNode object)) {
            throw new BadDocumentException("fields is not an object");
        }
        List<String> keys = new ArrayList<>();
        object.properties().forEach(field -> {
            if (!field.getValue().isTextual()) {
                throw new BadDocumentException("fields." + field.getKey() + " is not a string");
            }
            keys.add(field.getKey());
        });
        keys.sort(null);
        return List.copyOf(keys);
    }

    private static void requireNotes(JsonNode notes) {
        if (!notes.isArray()) {
            throw new BadDocumentException("notes is not an array");
        }
        for (JsonNode note : notes) {
            if (!note.isObject()) {
                throw new BadDocumentException("a note is not an object");
            }
            requireUuid(note, "id");
            requireOneOf(note, "category", CATEGORIES);
            requireInstant(note, "writtenAt");
            requireText(note, "text");
        }
    }

    private static String requireText(JsonNode document, String member) {
        JsonNode value = document.get(member);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadDocumentException("missing or empty " + member);
        }
        return value.asText();
    }

    private static void requireEquals(JsonNode document, String member, String expected) {
        if (!expected.equals(requireText(document, member))) {
            throw new BadDocumentException(member + " is not " + expected);
        }
    }

    private static String requireOneOf(JsonNode document, String member, Set<String> allowed) {
        String value = requireText(document, member);
        if (!allowed.contains(value)) {
            throw new BadDocumentException(member + " is not one of " + allowed);
        }
        return value;
    }

    private static String requireUuid(JsonNode document, String member) {
        String value = requireText(document, member);
        if (!LOWER_CASE_UUID.matcher(value).matches()) {
            throw new BadDocumentException(member + " is not a lower-case UUID");
        }
        return value;
    }

    private static void requireInstant(JsonNode document, String member) {
        String value = requireText(document, member);
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadDocumentException(member + " is not an ISO-8601 instant");
        }
        if (!value.endsWith("Z")) {
            throw new BadDocumentException(member + " is not in UTC");
        }
    }
}

package org.passerelle.application.channel;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.passerelle.application.input.SafeText;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.organisation.OrganisationCode;
import org.passerelle.secrecy.referral.Transition;

/**
 * A partner's status document ({@code passerelle.status/1}, docs/partner-exchange.md §2.2), read
 * after its signature was verified. Malformed documents are refused (422) naming the member, never
 * quoting it; like every text Passerelle takes in, no member may hold a control character other than
 * a line break or tab, or an unpaired surrogate ({@link SafeText}).
 */
record StatusDocument(
        UUID messageId,
        UUID referralId,
        String from,
        String type,
        String caseworker,
        String reasonCode,
        String message) {

    static final String SCHEMA = "passerelle.status/1";
    static final String REQUEST_INFORMATION = "REQUEST_INFORMATION";
    static final int MAX_BYTES = 64 * 1024;
    private static final Pattern CASEWORKER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The status types and the transition each asks for; REQUEST_INFORMATION is a message, not a transition. */
    private static final Map<String, Transition> TRANSITIONS = Map.of(
            "ACKNOWLEDGE",
            Transition.ACKNOWLEDGE,
            "ACCEPT",
            Transition.ACCEPT,
            "REJECT",
            Transition.REJECT,
            "START",
            Transition.START,
            "HOLD",
            Transition.HOLD,
            "RESUME",
            Transition.RESUME,
            "COMPLETE",
            Transition.COMPLETE,
            "FAIL",
            Transition.FAIL,
            "CANCEL",
            Transition.CANCEL);

    static StatusDocument parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new InvalidInputException("body", "is not a " + SCHEMA + " document of at most 64 KiB");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "is not a JSON object");
        }
        if (!SCHEMA.equals(string(json, "schema"))) {
            throw new InvalidInputException("schema", "must be " + SCHEMA);
        }
        String type = required(json, "type");
        if (!TRANSITIONS.containsKey(type) && !REQUEST_INFORMATION.equals(type)) {
            throw new InvalidInputException("type", "is not a status type of " + SCHEMA);
        }
        String from = required(json, "from");
        OrganisationCode.of("from", from);
        String caseworker = string(json, "caseworker");
        if (caseworker != null && !CASEWORKER.matcher(caseworker).matches()) {
            throw new InvalidInputException(
                    "caseworker", "is not a caseworker id (letters, digits, . _ -, at most 64)");
        }
        if (type.equals("ACCEPT") && caseworker == null) {
            // S2: an organisation is never a recipient, a named caseworker is.
            throw new InvalidInputException("caseworker", "is required to accept (S2: a named recipient)");
        }
        String message = string(json, "message");
        if (REQUEST_INFORMATION.equals(type) && message == null) {
            throw new InvalidInputException("message", "is required to ask for information");
        }
        return new StatusDocument(
                uuid(json, "messageId"),
                uuid(json, "referralId"),
                from,
                type,
                caseworker,
                string(json, "reasonCode"),
                message);
    }

    Optional<Transition> transition() {
        return Optional.ofNullable(TRANSITIONS.get(type));
    }

    private static UUID uuid(JsonObject json, String name) {
        String value = required(json, name);
        try {
            UUID uuid = UUID.fromString(value);
            if (!uuid.toString().equals(value.toLowerCase())) {
                throw new IllegalArgumentException();
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "is not a UUID");
        }
    }

    private static String required(JsonObject json, String name) {
        String value = string(json, name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException(name, "must be a string");
        }
        SafeText.Flaw flaw = SafeText.flaw(text.getString(), true);
        if (flaw != null) {
            throw new InvalidInputException(name, flaw.reason());
        }
        return text.getString();
    }
}

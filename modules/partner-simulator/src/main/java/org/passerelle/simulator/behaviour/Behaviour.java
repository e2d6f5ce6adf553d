package org.passerelle.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How one partner answers, set by {@code PUT /behaviour/{partner}} (README.md explains each member).
 * A PUT replaces the whole behaviour: a member left out takes its default, so that a test states all
 * it relies on and nothing leaks from the test before.
 */
public record Behaviour(
        List<String> replies,
        String caseworker,
        String rejectReasonCode,
        String outcomeCode,
        String message,
        int failTimes,
        boolean down,
        boolean duplicateReplies,
        long replyDelayMs,
        boolean hang) {

    public static final Behaviour DEFAULT = new Behaviour(
            List.of("ACKNOWLEDGE"),
            "agent-1234",
            "HORS_COMPETENCE",
            "DROITS_OUVERTS",
            "Réponse simulée par le simulateur de partenaire",
            0,
            false,
            false,
            0,
            false);

    /** @throws IllegalArgumentException naming the member of the wrong type */
    public static Behaviour fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the behaviour is not a JSON object");
        }
        return new Behaviour(
                replies(json.get("replies")),
                text(json, "caseworker", DEFAULT.caseworker),
                text(json, "rejectReasonCode", DEFAULT.rejectReasonCode),
                text(json, "outcomeCode", DEFAULT.outcomeCode),
                text(json, "message", DEFAULT.message),
                (int) number(json, "failTimes", DEFAULT.failTimes),
                bool(json, "down", DEFAULT.down),
                bool(json, "duplicateReplies", DEFAULT.duplicateReplies),
                number(json, "replyDelayMs", DEFAULT.replyDelayMs),
                bool(json, "hang", DEFAULT.hang));
    }

    public Behaviour withFailTimes(int remaining) {
        return new Behaviour(
                replies,
                caseworker,
                rejectReasonCode,
                outcomeCode,
                message,
                remaining,
                down,
                duplicateReplies,
                replyDelayMs,
                hang);
    }

    /**
     * The statuses that answer an arrival of this kind: up to and including ACCEPT for an ORIENTATION
     * (all of them when there is no ACCEPT), the ones after ACCEPT for the SHARE that ACCEPT brings.
     */
    public List<String> repliesTo(String kind) {
        int accept = replies.indexOf("ACCEPT");
        return switch (kind) {
            case "ORIENTATION" -> accept < 0 ? replies : replies.subList(0, accept + 1);
            case "SHARE" -> accept < 0 ? List.of() : replies.subList(accept + 1, replies.size());
            default -> List.of();
        };
    }

    private static List<String> replies(JsonNode node) {
        if (node == null || node.isNull()) {
            return DEFAULT.replies;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("replies is not an array");
        }
        List<String> types = new ArrayList<>();
        for (JsonNode type : node) {
            if (!type.isTextual() || type.asText().isBlank()) {
                throw new IllegalArgumentException("replies holds something other than a status type");
            }
            types.add(type.asText());
        }
        return List.copyOf(types);
    }

    private static String text(JsonNode json, String member, String fallback) {
        JsonNode node = json.get(member);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(member + " is not a string");
        }
        return node.asText();
    }

    private static long number(JsonNode json, String member, long fallback) {
        JsonNode node = json.get(member);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
            throw new IllegalArgumentException(member + " is not a non-negative integer");
        }
        return node.asLong();
    }

    private static boolean bool(JsonNode json, String member, boolean fallback) {
        JsonNode node = json.get(member);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException(member + " is not a boolean");
        }
        return node.asBoolean();
    }
}

package org.passerelle.web.api.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.passerelle.application.input.SafeText;

/**
 * Checks a request's path and query string as the client sent them (percent-encoded): each part,
 * decoded, must be UTF-8 (an unpaired surrogate cannot be encoded in UTF-8, so this refuses it too)
 * and safe text without any control character, line breaks included: parameters hold ids, codes
 * and dates, never free text. Pure, so that it is tested without a server.
 */
final class RequestText {

    /** The pseudo-parameter naming the path in a refusal. */
    static final String PATH = "(path)";
    /** The pseudo-parameter naming a query parameter whose own name is not safe. */
    static final String QUERY = "(query)";

    private RequestText() {}

    /**
     * The first unsafe part, as the parameter it belongs to and the reason; empty when all are safe.
     *
     * @param rawPath  the path, still percent-encoded
     * @param rawQuery the query string, still percent-encoded; null when there is none
     */
    static Optional<Map.Entry<String, String>> flaw(String rawPath, String rawQuery) {
        String reason = reason(rawPath, false);
        if (reason != null) {
            return Optional.of(Map.entry(PATH, reason));
        }
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String nameReason = reason(rawName, true);
            if (nameReason != null) {
                return Optional.of(Map.entry(QUERY, nameReason));
            }
            String valueReason = equals < 0 ? null : reason(pair.substring(equals + 1), true);
            if (valueReason != null) {
                return Optional.of(Map.entry(decode(rawName, true), valueReason));
            }
        }
        return Optional.empty();
    }

    /** Why this encoded part is not safe text, or null. */
    private static String reason(String raw, boolean form) {
        String text;
        try {
            text = decode(raw, form);
        } catch (IllegalArgumentException e) {
            return "is not percent-encoded UTF-8";
        }
        SafeText.Flaw flaw = SafeText.flaw(text, false);
        return flaw == null ? null : flaw.reason();
    }

    /**
     * Percent-decodes strictly: a bad escape or escaped bytes that are not UTF-8 throw instead of
     * becoming replacement characters (which is what lenient decoders do, hiding the flaw).
     * Characters sent unescaped are kept as they are, for {@link SafeText} to judge.
     */
    static String decode(String raw, boolean form) {
        StringBuilder text = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                text.append(form && c == '+' ? ' ' : c);
                i++;
                continue;
            }
            ByteBuffer bytes = ByteBuffer.allocate(raw.length());
            while (i < raw.length() && raw.charAt(i) == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("Bad escape");
                }
                bytes.put((byte) (high << 4 | low));
                i += 3;
            }
            try {
                text.append(StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(bytes.flip()));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("Not UTF-8");
            }
        }
        return text.toString();
    }
}

package org.passerelle.application.input;

/**
 * What text may hold, whatever the field: no control character (NUL would make PostgreSQL fail,
 * others corrupt logs and files), except tab, line feed and carriage return where the field is free
 * text (notes, messages, reasons), and no unpaired UTF-16 surrogate (UTF-8 cannot encode one: it
 * would be stored as {@code ?}). Fields with a grammar of their own (codes, ids) are narrower still.
 */
public final class SafeText {

    /** Why a text is refused; the reason names the rule, never the value. */
    public enum Flaw {
        CONTROL_CHARACTER("holds a control character"),
        UNPAIRED_SURROGATE("holds an unpaired UTF-16 surrogate (not a character)");

        private final String reason;

        Flaw(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private SafeText() {}

    /**
     * The first flaw of {@code text}, or {@code null} when it has none.
     *
     * @param lineBreaks whether tab, line feed and carriage return are allowed (free text)
     */
    public static Flaw flaw(CharSequence text, boolean lineBreaks) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (!(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                    return Flaw.CONTROL_CHARACTER;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Flaw.UNPAIRED_SURROGATE;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Flaw.UNPAIRED_SURROGATE;
            }
        }
        return null;
    }

    /** Whether {@code text} has no flaw (see {@link #flaw}). */
    public static boolean isSafe(CharSequence text, boolean lineBreaks) {
        return flaw(text, lineBreaks) == null;
    }
}

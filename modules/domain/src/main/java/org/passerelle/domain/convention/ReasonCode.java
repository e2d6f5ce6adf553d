package org.passerelle.domain.convention;

import org.passerelle.domain.failure.Grammar;

/**
 * A coded reason or outcome (a rejection reason, a failure or completion code, e.g.
 * {@code HORS_COMPETENCE}): what the journal and the indicators count. Its grammar lives here.
 *
 * @param code upper-case letters, digits and underscores, at most 40, starting with a letter
 */
public record ReasonCode(String code) {

    private static final Grammar GRAMMAR =
            new Grammar("[A-Z][A-Z0-9_]{0,39}", "a code (upper-case letters, digits and underscores, at most 40)");

    public ReasonCode {
        GRAMMAR.require("code", code);
    }

    /** The code an input names, or a 422 naming {@code field}. */
    public static ReasonCode of(String field, String code) {
        return new ReasonCode(GRAMMAR.require(field, code));
    }
}

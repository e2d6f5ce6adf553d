package org.passerelle.domain.convention;

import org.passerelle.domain.failure.Grammar;

/**
 * What a sharing is for (a finalité, e.g. {@code acces-aux-soins}): the code that binds a consent,
 * a convention and an orientation together (S3, S5). Its grammar lives here and nowhere else.
 *
 * @param code lower-case letters, digits and dashes, at most 64, starting with a letter or digit
 */
public record Purpose(String code) {

    private static final Grammar GRAMMAR =
            new Grammar("[a-z0-9][a-z0-9-]{0,63}", "a purpose code (lower-case letters, digits, dashes, at most 64)");

    public Purpose {
        GRAMMAR.require("purpose", code);
    }

    /** The purpose an input names, or a 422 naming {@code field}. */
    public static Purpose of(String field, String code) {
        return new Purpose(GRAMMAR.require(field, code));
    }
}

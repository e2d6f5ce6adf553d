package org.passerelle.domain.organisation;

import org.passerelle.domain.failure.Grammar;

/**
 * The stable code of an organisation ({@code ccas-saumur}, {@code cpam-49}): what tokens, channel
 * documents, conventions and the journal name it by. Its grammar lives here.
 *
 * @param code lower-case letters, digits and dashes, at most 64, starting with a letter or digit
 */
public record OrganisationCode(String code) {

    private static final Grammar GRAMMAR =
            new Grammar("[a-z0-9][a-z0-9-]{0,63}", "an organisation code (lower-case letters, digits, dashes)");

    public OrganisationCode {
        GRAMMAR.require("organisation", code);
    }

    /** The organisation an input names, or a 422 naming {@code field}. */
    public static OrganisationCode of(String field, String code) {
        return new OrganisationCode(GRAMMAR.require(field, code));
    }
}

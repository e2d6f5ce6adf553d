package org.passerelle.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.passerelle.application.input.SafeText;

/** A JSON string holding what no text may hold ({@link SafeText}); its message names the rule, never the value. */
public class UnsafeTextException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient SafeText.Flaw flaw;

    UnsafeTextException(JsonParser parser, SafeText.Flaw flaw) {
        super(parser, "A string " + flaw.reason());
        this.flaw = flaw;
    }

    public SafeText.Flaw flaw() {
        return flaw;
    }
}

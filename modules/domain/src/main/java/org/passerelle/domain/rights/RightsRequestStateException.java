package org.passerelle.domain.rights;

/** An extension or answer asked of a request that no longer allows it (answered, or extended to the limit): 409. */
public class RightsRequestStateException extends RuntimeException {

    private final String code;

    public RightsRequestStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A short code for the journal and the problem: {@code answered} or {@code extension-limit}. */
    public String code() {
        return code;
    }
}

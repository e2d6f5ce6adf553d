package org.passerelle.exchange;

/** A status the listener refuses for good (unknown orientation, wrong state...): set aside, not retried. */
public class InboundRefusedException extends RuntimeException {

    private final String code;

    public InboundRefusedException(String code) {
        super("Status refused: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

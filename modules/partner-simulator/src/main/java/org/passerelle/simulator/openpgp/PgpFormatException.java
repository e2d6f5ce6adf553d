package org.passerelle.simulator.openpgp;

/**
 * An OpenPGP input the simulator will not accept: unreadable, not for this key, or outside the
 * contract's algorithms. The message names the rule broken, never the content.
 */
public class PgpFormatException extends RuntimeException {

    public PgpFormatException(String reason) {
        super(reason);
    }

    public PgpFormatException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

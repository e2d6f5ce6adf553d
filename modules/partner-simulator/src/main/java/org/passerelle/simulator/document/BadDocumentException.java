package org.passerelle.simulator.document;

/** A document that breaks the contract (docs/partner-exchange.md §2); the reason names members, never values. */
public class BadDocumentException extends RuntimeException {

    public BadDocumentException(String reason) {
        super(reason);
    }
}

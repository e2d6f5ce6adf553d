package org.passerelle.exchange;

/** Where the partners' status documents go once their signature has been checked. Called on Camel's threads. */
public interface InboundListener {

    /**
     * A status document whose signature verified against the partner's key. Returning normally
     * (applied, or recognised as a duplicate) deletes the file or acknowledges the message; an
     * {@link InboundRefusedException} sets it aside for good; any other exception leaves it to be
     * tried again (the file stays, the AMQP transaction rolls back).
     */
    void onStatus(PartnerEndpoint partner, byte[] verifiedDocument);

    /** A file or message that could not be opened or verified ({@code bad-signature}, {@code undecryptable}...): set aside, never applied. */
    void onRefused(PartnerEndpoint partner, String code);
}

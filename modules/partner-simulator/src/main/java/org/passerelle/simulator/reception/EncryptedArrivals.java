package org.passerelle.simulator.reception;

import java.util.Optional;
import org.passerelle.simulator.Channel;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.keys.KeyFolder;
import org.passerelle.simulator.keys.PasserelleKeys;
import org.passerelle.simulator.openpgp.OpenPgpMessages;
import org.passerelle.simulator.openpgp.OpenedMessage;
import org.passerelle.simulator.openpgp.PgpFormatException;
import org.passerelle.simulator.openpgp.SignatureCheck;

/** The SFTP and AMQP arrivals: an OpenPGP message to decrypt with the partner's key and check against Passerelle's. */
public final class EncryptedArrivals {

    private final Reception reception;
    private final KeyFolder keys;
    private final PasserelleKeys passerelleKeys;

    public EncryptedArrivals(Reception reception, KeyFolder keys, PasserelleKeys passerelleKeys) {
        this.reception = reception;
        this.keys = keys;
        this.passerelleKeys = passerelleKeys;
    }

    /**
     * @throws org.passerelle.simulator.keys.PasserelleUnavailableException when Passerelle's key cannot be
     *         fetched yet: nothing is recorded, the caller tries again later
     */
    public Outcome receive(Partner partner, Channel channel, byte[] message) {
        OpenedMessage opened;
        try {
            opened = OpenPgpMessages.open(message, keys.openPgp(partner));
        } catch (PgpFormatException e) {
            return reception.unreadable(partner, channel, e.getMessage());
        }
        SignatureCheck signature = passerelleKeys.verify(opened::verify);
        return reception.receive(partner, channel, opened.content(), signature, Optional.empty());
    }
}

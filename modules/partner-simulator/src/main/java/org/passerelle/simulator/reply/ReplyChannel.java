package org.passerelle.simulator.reply;

import org.passerelle.simulator.document.StatusDocument;

/** How a partner's statuses travel back to Passerelle: its own channel, as in the contract (§3). */
public interface ReplyChannel {

    /**
     * One attempt. An exception means the attempt could not be made (Passerelle or Keycloak unreachable,
     * Passerelle's keys unknown yet) and is retried like a {@link Delivery#retry()}.
     */
    Delivery deliver(StatusDocument status) throws Exception;
}

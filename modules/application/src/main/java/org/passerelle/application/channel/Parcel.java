package org.passerelle.application.channel;

import java.util.UUID;
import org.passerelle.exchange.DeliveryResult;
import org.passerelle.exchange.PartnerEndpoint;

/**
 * An outbox message claimed for delivery, its document built (and journaled) in the claiming
 * transaction; {@code result} is set once the partner's system answered.
 */
record Parcel(UUID messageId, PartnerEndpoint endpoint, byte[] document, DeliveryResult result) {

    Parcel delivered(DeliveryResult result) {
        return new Parcel(messageId, endpoint, document, result);
    }
}

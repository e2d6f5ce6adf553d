package org.passerelle.simulator.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.passerelle.simulator.Channel;
import org.passerelle.simulator.Partner;

/**
 * What reached a partner, before the ledger numbers it and tells whether it repeats an effect.
 *
 * @param rejectedBecause null when the partner took it in; else the rule it broke (no content quoted)
 */
public record Arrival(
        Partner partner,
        Channel channel,
        String messageId,
        String kind,
        String referralId,
        List<String> fieldKeys,
        JsonNode document,
        boolean signatureValid,
        String rejectedBecause) {

    public boolean accepted() {
        return rejectedBecause == null;
    }
}

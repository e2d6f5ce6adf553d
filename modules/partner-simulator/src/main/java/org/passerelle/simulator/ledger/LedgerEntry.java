package org.passerelle.simulator.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One arrival as the control API shows it and {@code ledger.jsonl} keeps it.
 *
 * @param duplicate true when this messageId had already been recorded as an effect for this partner
 * @param rejectedBecause null when accepted (an effect, or a duplicate of one)
 */
public record LedgerEntry(
        long seq,
        String partner,
        String channel,
        String messageId,
        String kind,
        String referralId,
        List<String> fieldKeys,
        JsonNode document,
        String receivedAt,
        boolean signatureValid,
        boolean duplicate,
        String rejectedBecause) {

    /** Whether the partner acted on it: accepted and not seen before. */
    public boolean effect() {
        return rejectedBecause == null && !duplicate;
    }

    String effectKey() {
        return partner + " " + messageId;
    }
}

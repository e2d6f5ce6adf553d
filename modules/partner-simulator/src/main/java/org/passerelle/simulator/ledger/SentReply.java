package org.passerelle.simulator.ledger;

/**
 * A status a partner sent back.
 *
 * @param result the HTTP status Passerelle answered (caf-49), {@code "written"} (cpam-49), {@code "sent"}
 *        (dept-49), or {@code "failed"} when every attempt failed
 * @param copy 1, or 2 for the repeated copy of {@code duplicateReplies}
 */
public record SentReply(
        String partner,
        String messageId,
        String type,
        String referralId,
        Object result,
        int attempts,
        int copy,
        String sentAt) {}

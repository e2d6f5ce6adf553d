package org.passerelle.domain.exchange;

/** What a message to a partner system says (docs/partner-exchange.md §2.1). */
public enum OutboxKind {
    /** The triage view of a sent orientation: no personal field (S2). */
    ORIENTATION,
    /** The shared fields, once a named caseworker accepted it (S2, S3). */
    SHARE,
    /** The sender's message (information given or asked). */
    MESSAGE,
    /** Withdrawn by the sender or by the consent's withdrawal (S5), or expired. */
    CANCELLATION
}

package org.passerelle.domain.rights;

/** What the answer did. */
public enum AnswerOutcome {
    GRANTED,
    PARTIALLY_GRANTED,
    REFUSED
}

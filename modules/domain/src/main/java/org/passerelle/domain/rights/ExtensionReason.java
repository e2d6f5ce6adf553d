package org.passerelle.domain.rights;

/** Why the deadline is extended: the two grounds GDPR art. 12(3) allows. */
public enum ExtensionReason {
    COMPLEXITY,
    NUMBER_OF_REQUESTS
}

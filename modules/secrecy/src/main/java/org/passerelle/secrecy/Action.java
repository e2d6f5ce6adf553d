package org.passerelle.secrecy;

/** What the caller wants to do with the fields: the journal records it for every decision. */
public enum Action {
    READ,
    WRITE
}

package org.passerelle.testing.people;

/**
 * The server's field categories ({@code org.passerelle.secrecy.FieldCategory}), by name: the JSON
 * of notes, prior notices and consents speaks in them. Copied so the seeder needs nothing of ours.
 */
public enum Category {
    IDENTITY,
    CONTACT,
    NIR,
    FAMILY,
    RESOURCES,
    HOUSING,
    HEALTH,
    NOTES,
    RSA
}

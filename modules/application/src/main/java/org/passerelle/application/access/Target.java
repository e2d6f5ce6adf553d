package org.passerelle.application.access;

import java.util.UUID;

/**
 * What an access was about, by id only, and which organisation holds that data (whose DPO sees
 * the entry and its alerts).
 */
public record Target(String dataOwner, UUID personId, UUID caseFileId, UUID referralId) {

    public static Target person(String dataOwner, UUID personId) {
        return new Target(dataOwner, personId, null, null);
    }

    public static Target caseFile(String dataOwner, UUID personId, UUID caseFileId) {
        return new Target(dataOwner, personId, caseFileId, null);
    }

    /** An access through an orientation, to the usager and dossier it is about. */
    public static Target referral(String dataOwner, UUID personId, UUID caseFileId, UUID referralId) {
        return new Target(dataOwner, personId, caseFileId, referralId);
    }

    /** An access to no usager in particular (a search, the journal itself). */
    public static Target organisation(String dataOwner) {
        return new Target(dataOwner, null, null, null);
    }
}

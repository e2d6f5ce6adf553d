package org.passerelle.application.access;

import java.util.UUID;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.referral.Referral;

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

    /** An access to an usager. */
    public static Target of(Person person) {
        return person(person.organisationCode(), person.id());
    }

    /** An access to a dossier, and so to its usager. */
    public static Target of(CaseFile caseFile) {
        return caseFile(caseFile.organisationCode(), caseFile.personId(), caseFile.id());
    }

    /** An access through an orientation. */
    public static Target of(Referral referral) {
        return referral(referral.organisationCode(), referral.personId(), referral.caseFileId(), referral.id());
    }

    /** An access to no usager in particular (a search, the journal itself). */
    public static Target organisation(String dataOwner) {
        return new Target(dataOwner, null, null, null);
    }
}

package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passerelle.application.dossier.NotFoundException;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.crypto.Nir;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.casefile.Note;
import org.passerelle.domain.consent.Consent;
import org.passerelle.domain.consent.ConsentRepository;
import org.passerelle.domain.consent.ConsentStatus;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonRepository;
import org.passerelle.domain.referral.Referral;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;

/**
 * Opens the values of the fields an orientation shows its partner (S3), and finds the consent it
 * rests on (S4). The NIR is shown masked (S8); notes only if partageable (S9).
 */
@ApplicationScoped
class SharedFieldReader {

    @Inject
    PersonRepository persons;

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    ConsentRepository consents;

    @Inject
    FieldProtection protection;

    CaseFile caseFile(Referral referral) {
        return caseFiles.find(referral.caseFileId()).orElseThrow(() -> new NotFoundException("dossier"));
    }

    /** The categories that need consent in this pick: all of them under a consent cadre, HEALTH always (S4). */
    static Set<FieldCategory> needingConsent(Cadre cadre, Set<Field> picked) {
        Set<FieldCategory> categories = EnumSet.noneOf(FieldCategory.class);
        for (Field field : picked) {
            if (cadre.consentRequired() || field.category() == FieldCategory.HEALTH) {
                categories.add(field.category());
            }
        }
        return categories;
    }

    /** The usager's active consent to this partner for this purpose covering these categories, if any. */
    Optional<Consent> covering(Referral referral, Set<FieldCategory> categories, Instant at) {
        return consents.consentsOf(referral.personId()).stream()
                .filter(c -> c.covers(referral.partner(), referral.purpose(), categories, at)).findFirst();
    }

    /**
     * The consented categories a read of this orientation may use: those of the consent it relies
     * on while that consent is active; empty once it is withdrawn or expired (S5, S7).
     */
    Set<FieldCategory> consentedNow(Referral referral, Instant at) {
        if (referral.consentId() == null) {
            return Set.of();
        }
        return consents.find(referral.consentId()).filter(c -> c.status(at) == ConsentStatus.ACTIVE)
                .map(Consent::categories).orElse(Set.of());
    }

    /** Whether the consent the orientation relies on, if any, still holds (S7). */
    boolean consentHolds(Referral referral, Instant at) {
        return referral.consentId() == null || consents.find(referral.consentId())
                .filter(c -> c.status(at) == ConsentStatus.ACTIVE).isPresent();
    }

    SharedFields open(Referral referral, CaseFile caseFile, Set<Field> visible) {
        Person person = persons.find(referral.personId()).orElseThrow(() -> new NotFoundException("usager"));
        List<String> keys = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<SharedNote> notes = null;
        for (Field field : Field.values()) {
            if (!visible.contains(field)) {
                continue;
            }
            keys.add(field.key());
            if (field == Field.NOTE_BODY) {
                notes = new ArrayList<>();
                for (Note note : caseFiles.notes(caseFile.id())) {
                    if (note.type() == NoteType.PARTAGEABLE) {
                        notes.add(new SharedNote(note.id(), note.category(), note.createdAt(),
                                protection.open(note, Field.NOTE_BODY)));
                    }
                }
                continue;
            }
            String value = field.key().startsWith("person.") ? protection.open(person, field)
                    : protection.open(caseFile, field);
            if (value != null) {
                values.put(field.key(), field == Field.PERSON_NIR ? Nir.parse(value).masked() : value);
            }
        }
        return new SharedFields(keys, values, notes);
    }
}

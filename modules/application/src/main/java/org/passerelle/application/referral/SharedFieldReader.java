package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.Opener;
import org.passerelle.crypto.Nir;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.casefile.Note;
import org.passerelle.domain.consent.Consent;
import org.passerelle.domain.consent.ConsentRepository;
import org.passerelle.domain.consent.ConsentStatus;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonRepository;
import org.passerelle.domain.referral.Referral;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.referral.ConsentFacts;
import org.passerelle.secrecy.referral.NoteFacts;
import org.passerelle.secrecy.referral.NoticeFacts;
import org.passerelle.secrecy.referral.Share;
import org.passerelle.secrecy.referral.ShareGrounding;
import org.passerelle.secrecy.referral.ShareTerms;
import org.passerelle.secrecy.referral.Visible;

/**
 * Works out the facts {@link ShareGrounding} decides on (the orientation's terms, its pick, its
 * picked notes' types and categories, the usager's notices and consents), and opens the values of
 * what the policy lets the partner see (S3): the NIR masked (S8), the picked notes it allows.
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
    ConventionRepository conventions;

    @Inject
    OrganisationRepository organisations;

    CaseFile caseFile(Referral referral) {
        return caseFiles.find(referral.caseFileId()).orElseThrow(() -> new NotFoundException("dossier"));
    }

    /** To whom and under what: {@code cadre} may be {@code null} (reported as {@code no-cadre}). */
    static ShareTerms terms(Organisation partner, Cadre cadre, String purpose, Set<Field> allowed) {
        return new ShareTerms(partner.code(), partner.kind() == OrganisationKind.CAF, cadre, purpose, allowed);
    }

    /** The dossier's notes as the policy sees them (type, category; never the text), in the order written. */
    List<NoteFacts> noteFacts(UUID caseFileId) {
        return caseFiles.notes(caseFileId).stream()
                .map(n -> new NoteFacts(n.id(), n.type(), n.category()))
                .toList();
    }

    /** The orientation's share under this allow-list: its terms, its pick and the facts of its dossier's notes. */
    Share share(Referral referral, Set<Field> allowed) {
        Organisation partner = organisations
                .find(referral.partner())
                .orElseThrow(() -> new IllegalStateException("An orientation's partner is gone"));
        List<NoteFacts> notes = referral.notes().isEmpty() ? List.of() : noteFacts(referral.caseFileId());
        return new Share(
                terms(partner, referral.cadre(), referral.purpose(), allowed),
                referral.picked(),
                referral.notes(),
                notes);
    }

    /** The usager's consents active now, as the policy reads them. */
    List<ConsentFacts> activeConsents(UUID personId, Instant at) {
        return consents.consentsOf(personId).stream()
                .filter(c -> c.status(at) == ConsentStatus.ACTIVE && !at.isBefore(c.givenAt()))
                .map(c -> new ConsentFacts(c.id(), c.recipient(), c.purpose(), c.categories()))
                .toList();
    }

    /** The categories this orientation carries (its picked fields' and notes'). */
    Set<FieldCategory> categories(Referral referral) {
        return ShareGrounding.categories(share(referral, Set.of()));
    }

    /** Whether an objection in force stops one of these categories from going to this partner (S5). */
    boolean objected(UUID personId, String partner, Set<FieldCategory> categories) {
        return consents.objectionsOf(personId).stream().anyMatch(o -> o.covers(partner, categories));
    }

    /** The usager's information préalable records, as the policy reads them. */
    List<NoticeFacts> notices(UUID personId) {
        return consents.noticesOf(personId).stream()
                .map(n -> new NoticeFacts(n.recipients(), n.categories()))
                .toList();
    }

    /**
     * The consented categories a read of this orientation may use: those of the consent it relies
     * on while that consent is active; empty once it is withdrawn or expired (S5, S7).
     */
    Set<FieldCategory> consentedNow(Referral referral, Instant at) {
        if (referral.consentId() == null) {
            return Set.of();
        }
        return consents.find(referral.consentId())
                .filter(c -> c.status(at) == ConsentStatus.ACTIVE)
                .map(Consent::categories)
                .orElse(Set.of());
    }

    /** Whether the consent the orientation relies on, if any, still holds (S7). */
    boolean consentHolds(Referral referral, Instant at) {
        return referral.consentId() == null
                || consents.find(referral.consentId())
                        .filter(c -> c.status(at) == ConsentStatus.ACTIVE)
                        .isPresent();
    }

    /**
     * What the named recipient of a sent orientation may see now, as the policy says: under the
     * convention it was sent under and the consent it relies on, in its current status.
     */
    Visible visibleToRecipient(Referral referral, Instant now) {
        Set<Field> allowed = conventions
                .find(referral.conventionId())
                .map(Convention::allowedFields)
                .orElse(Set.of());
        return ShareGrounding.visible(share(referral, allowed), consentedNow(referral, now), referral.status(), true);
    }

    /**
     * The values of {@code shown} (a subset of what the policy lets the caller see): the notes of
     * {@code notes} when {@code note.body} is among them, the other fields' values otherwise.
     */
    SharedFields open(Opener opener, Referral referral, CaseFile caseFile, Set<Field> shown, List<UUID> notes) {
        Person person = persons.find(referral.personId()).orElseThrow(() -> new NotFoundException("usager"));
        List<String> keys = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<SharedNote> opened = null;
        for (Field field : Field.values()) {
            if (!shown.contains(field)) {
                continue;
            }
            keys.add(field.key());
            if (field == Field.NOTE_BODY) {
                opened = new ArrayList<>();
                for (Note note : caseFiles.notes(caseFile.id())) {
                    if (notes.contains(note.id())) {
                        opened.add(new SharedNote(
                                note.id(), note.category(), note.createdAt(), opener.open(note, Field.NOTE_BODY)));
                    }
                }
                continue;
            }
            String value =
                    field.key().startsWith("person.") ? opener.open(person, field) : opener.open(caseFile, field);
            if (value != null) {
                values.put(
                        field.key(),
                        field == Field.PERSON_NIR ? Nir.parse(value).masked() : value);
            }
        }
        return new SharedFields(keys, values, opened);
    }
}

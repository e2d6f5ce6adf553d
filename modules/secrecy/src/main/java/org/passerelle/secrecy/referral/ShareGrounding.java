package org.passerelle.secrecy.referral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;

/**
 * What an orientation may share, and on what grounds (S1, S3, S4, S9), as one policy: what the
 * sender may pick ({@link #checkPick}), whether the share is grounded when it is sent
 * ({@link #ground}) and what its partner sees ({@link #visible}). Pure functions over facts the
 * caller works out; the caller enforces the answer and journals its reason code.
 *
 * <p>The rules, each written once here:
 * <ul>
 *   <li>S1: a share names a cadre ({@link #NO_CADRE}).</li>
 *   <li>S3: the sender only narrows the convention's allow-list ({@link #OUTSIDE_CONVENTION});
 *       an orientation's own texts are not dossier data ({@link #NOT_SHAREABLE}).</li>
 *   <li>S3, S9: notes are picked one by one among the dossier's partageable notes
 *       ({@link #NOTES_PICKED_ONE_BY_ONE}, {@link #NOTE_NOT_IN_DOSSIER}, {@link #NOTE_INTERNE}), and a note
 *       is data of its own category: it needs {@code note.body} in the allow-list and a field of
 *       its category there too, the consent its category needs, and a HEALTH note is health data.</li>
 *   <li>S4: health data never goes to the CAF ({@link #HEALTH_NEVER_TO_CAF}), whatever the
 *       convention or the consent; the first share to an organisation needs an information
 *       préalable naming it and covering every category shared ({@link #PRIOR_NOTICE_MISSING});
 *       consent, to this very organisation for this purpose, covers every category under a cadre
 *       that rests on consent and HEALTH under any cadre ({@link #CONSENT_MISSING}).</li>
 * </ul>
 * What was picked is fixed when the orientation is made: a note written later is not in the pick.
 */
public final class ShareGrounding {

    /** S1: the share names no cadre de partage. */
    public static final String NO_CADRE = "no-cadre";
    /** Neither a field nor a note picked: an orientation must carry what the partner needs. */
    public static final String NOTHING_PICKED = "nothing-picked";
    /** S3: outside the convention's allow-list (for a note: notes, or the note's category, are not allowed). */
    public static final String OUTSIDE_CONVENTION = "outside-convention";
    /** S3: not dossier data a share may carry ({@link Field#isShareable()}), e.g. an orientation's reason. */
    public static final String NOT_SHAREABLE = "not-shareable";
    /** S3, S9: {@code note.body} named as a field; notes are picked one by one, by id. */
    public static final String NOTES_PICKED_ONE_BY_ONE = "notes-picked-one-by-one";
    /** S3: the id names no note of the orientation's dossier. */
    public static final String NOTE_NOT_IN_DOSSIER = "note-not-in-dossier";
    /** S9: an interne note never leaves the CCAS. */
    public static final String NOTE_INTERNE = "note-interne";
    /** S4: health data never goes to the CAF, whatever the convention or the consent says. */
    public static final String HEALTH_NEVER_TO_CAF = "health-never-to-caf";
    /** S4: a first share to this organisation without an information préalable covering what it carries. */
    public static final String PRIOR_NOTICE_MISSING = "prior-notice-missing";
    /** S4: no active consent to this organisation for this purpose covers the categories that need one. */
    public static final String CONSENT_MISSING = "consent-missing";

    private ShareGrounding() {}

    /**
     * S4, absolute: whether data of this category may ever go to the organisation, whatever a
     * convention or a consent says. Conventions and consents are checked against it when written.
     */
    public static boolean mayEverReceive(boolean recipientIsCaf, FieldCategory category) {
        Objects.requireNonNull(category, "category");
        return !(recipientIsCaf && category == FieldCategory.HEALTH);
    }

    /** Whether data of this category needs the usager's consent under this cadre: all of it under a consent cadre, HEALTH always (S4). */
    public static boolean needsConsent(Cadre cadre, FieldCategory category) {
        Objects.requireNonNull(cadre, "cadre");
        Objects.requireNonNull(category, "category");
        return cadre.consentRequired() || category == FieldCategory.HEALTH;
    }

    /**
     * Why this note may not be picked under these terms, in a stable order; empty when it may.
     * Consent is not asked here: it may be recorded between the pick and the sending.
     */
    public static List<String> noteRefusals(ShareTerms terms, NoteFacts note) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(note, "note");
        if (!note.type().shareable()) {
            return List.of(NOTE_INTERNE);
        }
        List<String> refusals = new ArrayList<>();
        if (!terms.conventionAllowed().contains(Field.NOTE_BODY) || !conventionAllows(terms, note.category())) {
            refusals.add(OUTSIDE_CONVENTION);
        }
        if (!mayEverReceive(terms.recipientIsCaf(), note.category())) {
            refusals.add(HEALTH_NEVER_TO_CAF);
        }
        return List.copyOf(refusals);
    }

    /**
     * Every violation of the pick (422), whole-pick ones first, then per field in catalogue order,
     * then per note in the order written (ids of no note of the dossier last); empty when the pick
     * may be shared. A field or a note can have two violations (HEALTH outside a CAF convention).
     */
    public static List<PickingViolation> checkPick(Share share) {
        Objects.requireNonNull(share, "share");
        ShareTerms terms = share.terms();
        List<PickingViolation> violations = new ArrayList<>();
        if (terms.cadre() == null) {
            violations.add(PickingViolation.of(NO_CADRE));
        }
        if (share.fields().isEmpty() && share.notes().isEmpty()) {
            violations.add(PickingViolation.of(NOTHING_PICKED));
        }
        for (Field field : Field.values()) {
            if (!share.fields().contains(field)) {
                continue;
            }
            if (field == Field.NOTE_BODY) {
                violations.add(PickingViolation.of(NOTES_PICKED_ONE_BY_ONE, field));
                continue;
            }
            if (!field.isShareable()) {
                violations.add(PickingViolation.of(NOT_SHAREABLE, field));
            }
            if (!terms.conventionAllowed().contains(field)) {
                violations.add(PickingViolation.of(OUTSIDE_CONVENTION, field));
            }
            if (!mayEverReceive(terms.recipientIsCaf(), field.category())) {
                violations.add(PickingViolation.of(HEALTH_NEVER_TO_CAF, field));
            }
        }
        for (NoteFacts note : share.pickedNotes()) {
            noteRefusals(terms, note).forEach(code -> violations.add(PickingViolation.ofNote(code, note.id())));
        }
        Map<UUID, NoteFacts> known = new HashMap<>();
        share.dossierNotes().forEach(n -> known.put(n.id(), n));
        share.notes().stream()
                .filter(id -> !known.containsKey(id))
                .sorted(Comparator.naturalOrder())
                .forEach(id -> violations.add(PickingViolation.ofNote(NOTE_NOT_IN_DOSSIER, id)));
        return List.copyOf(violations);
    }

    /**
     * The consent the share rests on: the first active consent to the addressed organisation, for
     * the orientation's purpose, covering every category of the pick that needs consent; empty
     * when none is needed or none covers them.
     *
     * @param consents the usager's consents active now
     */
    public static Optional<ConsentFacts> consentFor(Share share, List<ConsentFacts> consents) {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(consents, "consents");
        Set<FieldCategory> needed = needingConsent(share);
        if (needed.isEmpty()) {
            return Optional.empty();
        }
        ShareTerms terms = share.terms();
        return consents.stream()
                .filter(c -> c.recipient().equals(terms.recipient())
                        && c.purpose().equals(terms.purpose())
                        && c.categories().containsAll(needed))
                .findFirst();
    }

    /**
     * Whether the share may be sent now: a valid pick (else its violations, 422), then the
     * information préalable of a first share to this organisation, then the consent it needs
     * (else the missing one, 409); grounded, on that consent when one is needed.
     *
     * @param sharedBefore whether the usager's data already went to this organisation
     * @param notices      the usager's information préalable records
     * @param consents     the usager's consents active now
     */
    public static Grounding ground(
            Share share, boolean sharedBefore, List<NoticeFacts> notices, List<ConsentFacts> consents) {
        Objects.requireNonNull(notices, "notices");
        List<PickingViolation> violations = checkPick(share);
        if (!violations.isEmpty()) {
            return Grounding.invalid(violations);
        }
        Set<FieldCategory> categories = categories(share);
        String recipient = share.terms().recipient();
        if (!sharedBefore
                && notices.stream()
                        .noneMatch(n -> n.recipients().contains(recipient)
                                && n.categories().containsAll(categories))) {
            return Grounding.missing(PRIOR_NOTICE_MISSING);
        }
        Optional<ConsentFacts> consent = consentFor(share, consents);
        if (!needingConsent(share).isEmpty() && consent.isEmpty()) {
            return Grounding.missing(CONSENT_MISSING);
        }
        return Grounding.grounded(consent.map(ConsentFacts::id));
    }

    /**
     * What the caller sees of the orientation's data: nothing unless the caller is the named
     * recipient (S2) and the status lets the partner read (accepted, not yet final, S7). Otherwise
     * the picked fields and notes that pass every rule of the pick (allow-list, CAF, S9), among
     * which those needing consent only when their category is consented (S3, S4). Whether the
     * dossier is closed (S7) is the caller's to check.
     *
     * @param consented the categories of the consent the orientation relies on, while it holds;
     *                  empty when there is none or it ended
     */
    public static Visible visible(
            Share share, Set<FieldCategory> consented, ReferralStatus status, boolean recipientIsCaller) {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(consented, "consented");
        Objects.requireNonNull(status, "status");
        ShareTerms terms = share.terms();
        Cadre cadre = Objects.requireNonNull(terms.cadre(), "cadre");
        if (!recipientIsCaller || !status.partnerMayRead()) {
            return Visible.NOTHING;
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (Field field : Field.values()) {
            if (field != Field.NOTE_BODY
                    && field.isShareable()
                    && share.fields().contains(field)
                    && terms.conventionAllowed().contains(field)
                    && mayEverReceive(terms.recipientIsCaf(), field.category())
                    && (!needsConsent(cadre, field.category()) || consented.contains(field.category()))) {
                fields.add(field);
            }
        }
        List<UUID> notes = share.pickedNotes().stream()
                .filter(n -> noteRefusals(terms, n).isEmpty()
                        && (!needsConsent(cadre, n.category()) || consented.contains(n.category())))
                .map(NoteFacts::id)
                .toList();
        if (!notes.isEmpty()) {
            fields.add(Field.NOTE_BODY);
        }
        return new Visible(fields, notes);
    }

    /**
     * The categories the share carries, its picked notes' included: what the information préalable
     * must cover, and what an objection to its recipient may cover (S5).
     */
    public static Set<FieldCategory> categories(Share share) {
        Set<FieldCategory> categories = EnumSet.noneOf(FieldCategory.class);
        share.fields().stream().filter(f -> f != Field.NOTE_BODY).forEach(f -> categories.add(f.category()));
        share.pickedNotes().forEach(n -> categories.add(n.category()));
        return categories;
    }

    /** The categories of the share that need consent under its cadre (S3, S4). */
    static Set<FieldCategory> needingConsent(Share share) {
        Cadre cadre = Objects.requireNonNull(share.terms().cadre(), "cadre");
        Set<FieldCategory> needed = EnumSet.noneOf(FieldCategory.class);
        categories(share).stream().filter(c -> needsConsent(cadre, c)).forEach(needed::add);
        return needed;
    }

    /** Whether one of the convention's shareable fields is of this category (for NOTES: {@code note.body}). */
    private static boolean conventionAllows(ShareTerms terms, FieldCategory category) {
        return terms.conventionAllowed().stream().anyMatch(f -> f.isShareable() && f.category() == category);
    }
}

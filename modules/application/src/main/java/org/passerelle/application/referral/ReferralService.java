package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Opener;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.convention.ConventionService;
import org.passerelle.application.convention.ConventionView;
import org.passerelle.application.dossier.CaseFileClosed;
import org.passerelle.application.dossier.ConsentWithdrawn;
import org.passerelle.application.dossier.DossierAccess;
import org.passerelle.application.dossier.ObjectionRecorded;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.PagedList;
import org.passerelle.application.input.Paging;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.domain.casefile.CaseClosedException;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.casefile.CaseStatus;
import org.passerelle.domain.consent.Objection;
import org.passerelle.domain.convention.Purpose;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.protection.FieldKeys;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.CcasAccessPolicy;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;
import org.passerelle.secrecy.referral.ConsentFacts;
import org.passerelle.secrecy.referral.Grounding;
import org.passerelle.secrecy.referral.NoteFacts;
import org.passerelle.secrecy.referral.PickingViolation;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralLifecycle;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Share;
import org.passerelle.secrecy.referral.ShareGrounding;
import org.passerelle.secrecy.referral.ShareTerms;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.secrecy.referral.Visible;

/**
 * Orientations on the CCAS side: the agents who follow a dossier (référent, team, S6) draft an
 * orientation on it, preview what the partner will see, send it (S1, S3, S4), cancel it, and
 * follow the partner's answer on their list and on its timeline.
 */
@ApplicationScoped
public class ReferralService {

    private static final int REASON_MAX = 2000;
    private static final int FIELDS_MAX = 50;
    private static final int NOTES_MAX = 50;
    static final String CONSENT_WITHDRAWN = ReferralEvent.CONSENT_WITHDRAWN;
    static final String CASE_CLOSED = ReferralEvent.CASE_CLOSED;

    @Inject
    ReferralRepository referrals;

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ConventionService conventions;

    @Inject
    FieldProtection protection;

    @Inject
    AccessGate gate;

    @Inject
    DossierAccess access;

    @Inject
    ReferralWorkflow workflow;

    @Inject
    SharedFieldReader shared;

    @Inject
    ReferralConfig config;

    @Inject
    Clock clock;

    /** Drafts an orientation on a dossier the caller follows; checks the cadre (S1) and the pick (S3, S4) now. */
    @Transactional
    public ReferralView create(Caller caller, ReferralDetails details) {
        if (details == null) {
            throw new InvalidInputException("body", "is required");
        }
        if (details.caseFileId() == null) {
            throw new InvalidInputException("caseFileId", "is required");
        }
        CaseFile caseFile = caseFiles.find(details.caseFileId()).orElseThrow(() -> new NotFoundException("dossier"));
        String ground = ground(requireFollower(caller, caseFile, JournalAction.CREATE), "referral-create");
        if (caseFile.status() == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseFile.id());
        }
        Organisation partner = partner(details.partner());
        String purpose = Purpose.of("purpose", details.purpose()).code();
        Set<Field> picked = fields(details.fields());
        Set<UUID> notes = notes(details.notes());
        String reason = ReferralWorkflow.text("reason", details.reason(), REASON_MAX, true);
        // Without a cadre there is no convention to look up: S1 is reported with the pick's other violations.
        Set<Field> allowed = details.cadre() == null
                ? EnumSet.allOf(Field.class)
                : convention(partner.code(), details.cadre(), purpose).allowedFields();
        requireValidPick(new Share(
                SharedFieldReader.terms(partner, details.cadre(), purpose, allowed),
                picked,
                notes,
                notes.isEmpty() ? List.of() : shared.noteFacts(caseFile.id())));

        Instant now = clock.instant();
        Referral referral = new Referral(
                caseFile.organisationCode(),
                new Referral.Draft(
                        caseFile.id(),
                        caseFile.personId(),
                        partner.code(),
                        details.cadre(),
                        purpose,
                        details.urgency() == null ? Urgency.NORMAL : details.urgency(),
                        picked,
                        notes),
                caller.username(),
                protection.primaryKeyVersion(caseFile.organisationCode()),
                now);
        referral.notifySenderAt(caller.email());
        referral.senderContact(
                SenderContact.trimmed(caller.name(), SenderContact.NAME_MAX),
                SenderContact.trimmed(caller.phone(), SenderContact.PHONE_MAX));
        gate.open(
                caller,
                JournalAction.CREATE,
                Target.of(referral),
                Grant.sharing(ground, Set.of(Field.REFERRAL_REASON), Sharing.of(referral)),
                opener -> {
                    opener.seal(referral, Field.REFERRAL_REASON, reason);
                    return null;
                });
        referrals.add(referral);
        workflow.created(caller, referral);
        referrals.flush();
        return view(null, referral, ReferralActor.SENDER, now);
    }

    /**
     * The partageable notes of a dossier the caller follows that an orientation to this partner
     * under this cadre and purpose could carry, oldest first, each with the rules' refusals (S3, S4,
     * S9) and whether it will need consent: what the new-orientation page offers. Interne notes are
     * never offered. Metadata only (no note text), journaled as a read of the dossier.
     */
    @Transactional
    public List<NoteChoice> noteChoices(
            Caller caller, UUID caseFileId, String partnerCode, Cadre cadre, String purpose) {
        CaseFile caseFile = caseFiles.find(caseFileId).orElseThrow(() -> new NotFoundException("dossier"));
        String ground = ground(requireFollower(caller, caseFile, JournalAction.READ), "referral-note-choices");
        if (cadre == null) {
            throw new InvalidInputException("cadre", "is required");
        }
        Organisation partner = partner(partnerCode);
        ShareTerms terms = SharedFieldReader.terms(
                partner,
                cadre,
                purpose,
                convention(partner.code(), cadre, purpose).allowedFields());
        List<NoteChoice> choices = caseFiles.notes(caseFile.id()).stream()
                .filter(n -> n.type().shareable())
                .map(n -> new NoteChoice(
                        n.id(),
                        n.category(),
                        n.createdAt(),
                        n.author(),
                        ShareGrounding.noteRefusals(terms, new NoteFacts(n.id(), n.type(), n.category())),
                        ShareGrounding.needsConsent(cadre, n.category())))
                .toList();
        gate.record(caller, JournalAction.READ, Target.of(caseFile), Set.of(), ground, new Sharing(cadre, purpose));
        return choices;
    }

    /**
     * The orientations the caller sent or follows, and those on the dossiers of the colleagues they
     * stand in for (a running delegation, S6), overdue ones (past their reminder, unanswered) first.
     */
    @Transactional
    public List<ReferralSummary> list(Caller caller) {
        return list(caller, ReferralFilter.NONE, new Paging(0, Paging.SIZE_MAX)).entries();
    }

    /**
     * A page of the caller's working list (issue 18): the orientations of the dossiers they follow
     * and those they sent, narrowed by {@code filter} ({@code mine}: those they sent;
     * {@code untaken}: those no partner caseworker holds yet), overdue ones first, then the newest.
     * Ended orientations stay listed, as metadata. One READ entry for the list, as before: a
     * summary holds no personal value.
     */
    @Transactional
    public PagedList<ReferralSummary> list(Caller caller, ReferralFilter filter, Paging paging) {
        gate.requireRole(caller, JournalAction.READ, Role.CCAS_AGENT);
        Instant now = clock.instant();
        gate.record(caller, JournalAction.READ, Target.organisation(caller.organisation()), Set.of(), "referrals");
        List<ReferralSummary> kept = followed(caller).stream()
                .filter(r -> switch (filter.scope()) {
                    case MINE -> caller.username().equals(r.sender());
                    case TEAM -> true;
                    case UNTAKEN -> ReferralFilter.untaken(r);
                })
                .filter(r -> filter.keeps(r, r.sender(), now))
                .map(r -> ReferralSummary.of(r, now))
                .sorted(Comparator.comparing((ReferralSummary s) -> !s.overdue())
                        .thenComparing(ReferralSummary::createdAt, Comparator.reverseOrder()))
                .toList();
        return PagedList.of(kept, paging);
    }

    /** One orientation with its answer, outcome and timeline (messages included) for those who follow the dossier. */
    @Transactional
    public ReferralView read(Caller caller, UUID id) {
        Referral referral = workflow.find(id);
        Sender sender = requireSender(caller, referral, JournalAction.READ);
        ReferralActor actor = sender.actor();
        Instant now = clock.instant();
        return gate.open(
                caller,
                JournalAction.READ,
                Target.of(referral),
                Grant.sharing(
                        sender.ground("referral-read"),
                        EnumSet.of(Field.REFERRAL_REASON, Field.REFERRAL_MESSAGE),
                        Sharing.of(referral)),
                opener -> view(opener, referral, actor, now));
    }

    /**
     * Exactly what the partner's recipient would see once it accepts: the shared fields and notes
     * with the convention and consent on record now (S3), values opened for the sender, who may see
     * them anyway (S6).
     */
    @Transactional
    public PreviewView preview(Caller caller, UUID id) {
        Referral referral = workflow.find(id);
        Sender sender = requireSender(caller, referral, JournalAction.READ);
        Instant now = clock.instant();
        CaseFile caseFile = shared.caseFile(referral);
        Set<Field> allowed = conventions
                .activeFor(referral.partner(), referral.cadre(), referral.purpose())
                .map(ConventionView::allowedFields)
                .orElse(Set.of());
        Share share = shared.share(referral, allowed);
        Set<FieldCategory> consented = referral.consentId() != null
                ? shared.consentedNow(referral, now)
                : ShareGrounding.consentFor(share, shared.activeConsents(referral.personId(), now))
                        .map(ConsentFacts::categories)
                        .orElse(Set.of());
        Visible visible = ShareGrounding.visible(share, consented, ReferralStatus.ACCEPTED, true);
        return gate.open(
                caller,
                JournalAction.READ,
                Target.of(referral),
                Grant.sharing(sender.ground("referral-preview"), visible.fields(), Sharing.of(referral)),
                opener -> new PreviewView(
                        referral.id(),
                        referral.partner(),
                        referral.cadre(),
                        referral.purpose(),
                        shared.open(opener, referral, caseFile, visible.fields(), visible.notes())));
    }

    /**
     * Sends a draft: an active convention for (partner, cadre, purpose) (422), a valid pick (422),
     * the prior notice the first share to this organisation needs (409), the consent the cadre or
     * health data need (409); then SENT with its reminder and expiry times. Journaled as a SHARE of
     * the picked fields under its cadre and purpose.
     */
    @Transactional
    public ReferralView send(Caller caller, UUID id) {
        Referral referral = workflow.find(id);
        Sender sender = requireSender(caller, referral, JournalAction.SHARE);
        ReferralActor actor = sender.actor();
        workflow.require(caller, actor, referral, Transition.SEND);
        CaseFile caseFile = shared.caseFile(referral);
        if (caseFile.status() == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseFile.id());
        }
        Organisation partner = partner(referral.partner());
        ConventionView convention = convention(partner.code(), referral.cadre(), referral.purpose());
        Instant now = clock.instant();
        Share share = shared.share(referral, convention.allowedFields());
        Grounding grounding = ShareGrounding.ground(
                share,
                referrals.sharedBefore(referral.personId(), referral.partner()),
                shared.notices(referral.personId()),
                shared.activeConsents(referral.personId(), now));
        if (!grounding.violations().isEmpty()) {
            throw new PickingRefusedException(grounding.violations());
        }
        grounding.missing().ifPresent(code -> {
            throw new ShareNotGroundedException(code);
        });
        if (shared.objected(referral.personId(), referral.partner(), ShareGrounding.categories(share))) {
            throw new ObjectionInForceException();
        }
        UUID consentId = grounding.consentId().orElse(null);
        workflow.record(
                caller,
                referral.send(
                        actor,
                        caller.username(),
                        convention.id(),
                        consentId,
                        now,
                        referral.urgency() == Urgency.URGENT
                                ? config.workingDaysAfter(now, convention.urgentReminderDays())
                                : now.plus(config.days(convention.reminderDays())),
                        now.plus(config.days(convention.expiryDays()))));
        gate.record(
                caller,
                JournalAction.SHARE,
                Target.of(referral),
                sharedKeys(referral),
                sender.ground("referral-send"),
                Sharing.of(referral));
        referrals.flush();
        return view(null, referral, actor, now);
    }

    /** The sender withdraws an open orientation, with an optional code and message for the partner. */
    @Transactional
    public ReferralView cancel(Caller caller, UUID id, TransitionDetails details) {
        Referral referral = workflow.find(id);
        Sender sender = requireSender(caller, referral, JournalAction.UPDATE);
        ReferralActor actor = sender.actor();
        workflow.require(caller, actor, referral, Transition.CANCEL);
        String code = ReferralWorkflow.code("reasonCode", details == null ? null : details.reasonCode(), false);
        String message = ReferralWorkflow.text(
                "message", details == null ? null : details.message(), ReferralWorkflow.MESSAGE_MAX, false);
        Instant now = clock.instant();
        workflow.apply(caller, actor, referral, Transition.CANCEL, code, message, now, sender.delegation());
        referrals.flush();
        return view(null, referral, actor, now);
    }

    /**
     * A message to the partner (information asked or given) on a sent orientation that is still
     * open; a draft has no partner yet, a final one no partner any more (409).
     */
    @Transactional
    public ReferralView message(Caller caller, UUID id, TransitionDetails details) {
        Referral referral = workflow.find(id);
        Sender sender = requireSender(caller, referral, JournalAction.UPDATE);
        ReferralActor actor = sender.actor();
        if (actor != ReferralActor.SENDER) {
            throw workflow.refuse(
                    caller,
                    JournalAction.UPDATE,
                    referral,
                    Set.of(Field.REFERRAL_MESSAGE),
                    Outcome.FORBIDDEN,
                    ReferralLifecycle.NOT_YOUR_REFERRAL);
        }
        if (referral.status() == ReferralStatus.DRAFT || referral.status().isFinal()) {
            workflow.refuse(
                    caller,
                    JournalAction.UPDATE,
                    referral,
                    Set.of(Field.REFERRAL_MESSAGE),
                    Outcome.FORBIDDEN,
                    ReferralLifecycle.WRONG_STATE);
            throw new ReferralStateException(ReferralLifecycle.WRONG_STATE);
        }
        workflow.message(caller, actor, referral, details, sender.delegation());
        referrals.flush();
        return view(null, referral, actor, clock.instant());
    }

    /**
     * S5: a withdrawn consent cancels at once the open orientations relying on it, in the
     * withdrawal's transaction, each with a timeline event and a journal entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentWithdrawn(@Observes(during = TransactionPhase.IN_PROGRESS) ConsentWithdrawn withdrawn) {
        Instant now = clock.instant();
        for (Referral referral : referrals.openRelyingOn(withdrawn.consentId())) {
            if (referral.allows(ReferralActor.CONSENT_WITHDRAWAL, Transition.CANCEL)) {
                workflow.apply(
                        withdrawn.by(),
                        ReferralActor.CONSENT_WITHDRAWAL,
                        referral,
                        Transition.CANCEL,
                        CONSENT_WITHDRAWN,
                        null,
                        now);
            }
        }
    }

    /**
     * S5: an objection cancels at once the usager's open orientations to its recipient that carry
     * one of its categories, drafts included, in the recording's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onObjectionRecorded(@Observes(during = TransactionPhase.IN_PROGRESS) ObjectionRecorded recorded) {
        Objection objection = recorded.objection();
        Instant now = clock.instant();
        for (Referral referral : referrals.openTo(objection.personId(), objection.recipient())) {
            if (objection.covers(referral.partner(), shared.categories(referral))) {
                workflow.apply(
                        recorded.by(),
                        ReferralActor.CONSENT_WITHDRAWAL,
                        referral,
                        Transition.CANCEL,
                        ReferralEvent.OBJECTION,
                        null,
                        now);
            }
        }
    }

    /**
     * S7: closing a dossier cancels its open orientations, drafts included, in the closing's
     * transaction, each with a timeline event, a journal entry and the partner told.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCaseFileClosed(@Observes(during = TransactionPhase.IN_PROGRESS) CaseFileClosed closed) {
        Instant now = clock.instant();
        for (Referral referral : referrals.openOn(closed.caseFileId())) {
            workflow.apply(
                    closed.by(), ReferralActor.CASE_CLOSURE, referral, Transition.CANCEL, CASE_CLOSED, null, now);
        }
    }

    /** Whether the caller is on the dossier (S6): the only ones who may orient its usager. */
    private AccessDecision requireFollower(Caller caller, CaseFile caseFile, JournalAction attempted) {
        AccessDecision decision = decide(caller, caseFile, Action.WRITE);
        Target target = Target.of(caseFile);
        if (!decision.allowed()
                || !decision.visibleFields().containsAll(EnumSet.of(Field.CASE_RESOURCES, Field.REFERRAL_REASON))) {
            Outcome outcome = decision.allowed() ? Outcome.FORBIDDEN : decision.outcome();
            throw gate.refuse(caller, attempted, target, Set.of(), outcome, decision.reasonCode());
        }
        return decision;
    }

    /**
     * Classifies a CCAS caller for this orientation: 404 from another organisation, 403 (journaled)
     * without the agent role; SENDER when they created it or follow its dossier, else
     * OTHER_CCAS_AGENT, which reads nothing (S6).
     */
    private Sender requireSender(Caller caller, Referral referral, JournalAction attempted) {
        CaseFile caseFile = shared.caseFile(referral);
        AccessDecision decision = decide(caller, caseFile, Action.WRITE);
        if (!decision.allowed() && decision.outcome() != Outcome.FORBIDDEN) {
            throw workflow.refuse(caller, attempted, referral, Set.of(), decision.outcome(), decision.reasonCode());
        }
        if (!caller.has(Role.CCAS_AGENT)) {
            throw workflow.refuse(
                    caller, attempted, referral, Set.of(), Outcome.FORBIDDEN, CcasAccessPolicy.ROLE_NOT_PERMITTED);
        }
        boolean follows = decision.allowed() && decision.visibleFields().contains(Field.REFERRAL_REASON);
        if (follows || referral.sender().equals(caller.username()) && decision.allowed()) {
            return new Sender(
                    ReferralActor.SENDER, DossierAccess.delegation(decision).orElse(null));
        }
        if (attempted == JournalAction.READ) {
            throw workflow.refuse(
                    caller, attempted, referral, Set.of(), Outcome.FORBIDDEN, ReferralLifecycle.NOT_YOUR_REFERRAL);
        }
        return new Sender(ReferralActor.OTHER_CCAS_AGENT, null);
    }

    /**
     * How the caller stands to the dossier, asked of the one place that knows it (référent, team,
     * delegate of one of them, S6), so that a delegate reaches the delegator's orientations while
     * the delegation runs, and nothing once it ends.
     */
    private AccessDecision decide(Caller caller, CaseFile caseFile, Action action) {
        return access.toCaseFile(caller, caseFile, action);
    }

    /** The reason code an access allowed by {@code decision} is journaled with: the delegation when it rests on one. */
    private static String ground(AccessDecision decision, String usual) {
        return DossierAccess.delegation(decision).orElse(usual);
    }

    /** The orientations the caller sent or follows, and those reached through a running delegation. */
    private List<Referral> followed(Caller caller) {
        List<Referral> own = referrals.followedBy(caller.organisation(), caller.username());
        List<String> delegators = access.standingInFor(caller);
        if (delegators.isEmpty()) {
            return own;
        }
        Map<UUID, Referral> all = new LinkedHashMap<>();
        own.forEach(r -> all.put(r.id(), r));
        referrals.onDossiersOf(caller.organisation(), delegators).forEach(r -> all.putIfAbsent(r.id(), r));
        return List.copyOf(all.values());
    }

    /**
     * A CCAS caller as this orientation's actor, and the delegation they act under, if any.
     *
     * @param delegation {@code delegation:<id>} when the caller stands in for a colleague, else null
     */
    private record Sender(ReferralActor actor, String delegation) {

        /** The reason code of the entry: the delegation when there is one, so the DPO sees the ground. */
        String ground(String usual) {
            return delegation == null ? usual : delegation;
        }
    }

    private Organisation partner(String code) {
        return Optional.ofNullable(code)
                .flatMap(organisations::find)
                .filter(o -> o.isActive() && o.kind().isPartner())
                .orElseThrow(() -> new InvalidInputException("partner", "names no partner organisation"));
    }

    private ConventionView convention(String partner, Cadre cadre, String purpose) {
        return conventions
                .activeFor(partner, cadre, purpose)
                .orElseThrow(() -> new InvalidInputException(
                        "purpose", "has no active convention with this partner under this cadre (S3)"));
    }

    private static void requireValidPick(Share share) {
        List<PickingViolation> violations = ShareGrounding.checkPick(share);
        if (!violations.isEmpty()) {
            throw new PickingRefusedException(violations);
        }
    }

    /** The field keys a share names in the journal: the picked fields, and {@code note.body} when notes are picked. */
    static Set<Field> sharedKeys(Referral referral) {
        Set<Field> keys = EnumSet.noneOf(Field.class);
        keys.addAll(referral.picked());
        if (!referral.notes().isEmpty()) {
            keys.add(Field.NOTE_BODY);
        }
        return keys;
    }

    private static Set<UUID> notes(List<UUID> ids) {
        if (ids == null) {
            return Set.of();
        }
        if (ids.size() > NOTES_MAX) {
            throw new InvalidInputException("notes", "holds more than " + NOTES_MAX + " note ids");
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("notes", "holds an empty note id");
        }
        return new LinkedHashSet<>(ids);
    }

    private static Set<Field> fields(List<String> keys) {
        if (keys == null) {
            return Set.of();
        }
        if (keys.size() > FIELDS_MAX) {
            throw new InvalidInputException("fields", "holds more than " + FIELDS_MAX + " keys");
        }
        return FieldKeys.parse("fields", keys);
    }

    /**
     * An orientation as its sender sees it; its texts (the triage reason, the messages) only when
     * read through an opener: the answer to a change carries none, since it was not journaled as read.
     */
    private ReferralView view(Opener opener, Referral r, ReferralActor actor, Instant now) {
        List<PickedNote> notes = r.notes().isEmpty()
                ? List.of()
                : caseFiles.notes(r.caseFileId()).stream()
                        .filter(n -> r.notes().contains(n.id()))
                        .map(n -> new PickedNote(n.id(), n.category(), n.createdAt()))
                        .toList();
        return new ReferralView(
                r.id(),
                r.caseFileId(),
                r.personId(),
                r.partner(),
                r.cadre(),
                r.purpose(),
                r.urgency(),
                r.picked().stream().map(Field::key).toList(),
                notes,
                opener == null ? null : opener.open(r, Field.REFERRAL_REASON),
                r.conventionId(),
                r.consentId(),
                r.status(),
                r.sender(),
                r.recipient(),
                r.createdAt(),
                r.sentAt(),
                r.receivedAt(),
                r.acceptedAt(),
                r.closedAt(),
                r.remindAt(),
                r.expiresAt(),
                r.remindedAt(),
                r.overdue(now),
                r.outcomeCode(),
                r.rejectionCode(),
                r.available(actor),
                workflow.timeline(opener, r),
                r.version());
    }
}

package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Opener;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.PagedList;
import org.passerelle.application.input.Paging;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseStatus;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.protection.FieldKeys;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.secrecy.CcasAccessPolicy;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralLifecycle;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.secrecy.referral.Visible;

/**
 * Orientations on the partner side, for the caseworkers of the addressed organisation: the inbox
 * and the triage view before acceptance (S2), the shared view for the named recipient only (S2,
 * S3), every read journaled with its cadre and purpose (S11), and no read at all once the
 * orientation has ended, the dossier is closed or the consent it relies on has ended (S7). While
 * the dossier is restricted (S15) its orientations leave the inbox, and reading or acting on one
 * answers 423: a transition would disclose (an acceptance sends the shared fields) or process data.
 */
@ApplicationScoped
public class PartnerReferralService {

    /** S7: the orientation ended (rejected, completed, failed, cancelled or expired). */
    static final String ACCESS_ENDED = "access-ended";
    /** S7: the dossier it was about is closed. */
    static final String DOSSIER_CLOSED = "dossier-closed";
    /** S5, S7: the consent it relied on was withdrawn or has expired. */
    static final String CONSENT_ENDED = "consent-ended";
    /** The sealed texts of an orientation's views: its triage reason and its messages. */
    private static final Set<Field> TEXTS = Set.of(Field.REFERRAL_REASON, Field.REFERRAL_MESSAGE);
    /** S3: a field the orientation does not show this caller. */
    static final String FIELD_NOT_SHARED = "field-not-shared";

    /** A username's length, as the timeline stores it. */
    private static final int USERNAME_MAX = 255;

    /** The transitions a partner caseworker asks for over the API; SEND and EXPIRE are not theirs. */
    public static final Set<Transition> PARTNER_TRANSITIONS = EnumSet.of(
            Transition.ACKNOWLEDGE,
            Transition.ACCEPT,
            Transition.REJECT,
            Transition.START,
            Transition.HOLD,
            Transition.RESUME,
            Transition.COMPLETE,
            Transition.FAIL,
            Transition.CANCEL);

    @Inject
    ReferralRepository referrals;

    @Inject
    ConventionRepository conventions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccessGate gate;

    @Inject
    ReferralWorkflow workflow;

    @Inject
    SharedFieldReader shared;

    @Inject
    Clock clock;

    /**
     * The open orientations addressed to the caller's organisation, as triage views (no personal
     * field), urgent first; one READ entry per orientation, since each shows its triage reason.
     */
    @Transactional
    public List<PartnerReferralView> inbox(Caller caller) {
        return inbox(caller, ReferralFilter.NONE, new Paging(0, Paging.SIZE_MAX))
                .entries();
    }

    /**
     * A page of the inbox (issue 18), urgent first then oldest: the open orientations addressed to
     * the caller's organisation, narrowed by {@code filter} ({@code mine}: those the caller holds
     * or was assigned; {@code untaken}: no named recipient yet; {@code agent}: held by or assigned
     * to that caseworker). Ended ones are not listed (S7), nor those of a restricted dossier (S15).
     * Only the page's orientations are opened, each with its READ entry.
     */
    @Transactional
    public PagedList<PartnerReferralView> inbox(Caller caller, ReferralFilter filter, Paging paging) {
        gate.requireRole(
                caller,
                JournalAction.READ,
                Target.organisation(caller.organisation()),
                Role.PARTNER_CASEWORKER,
                Role.PARTNER_MANAGER);
        Instant now = clock.instant();
        seen(caller, now);
        List<Referral> kept = new ArrayList<>();
        for (Referral referral : referrals.sentTo(caller.organisation())) {
            if (ended(referral, now) != null || shared.caseFile(referral).isRestricted()) {
                // S7: access over; S15: nothing of a restricted dossier, not even its triage reason.
                continue;
            }
            String holder = referral.recipient() != null ? referral.recipient() : referral.assignee();
            boolean inScope = switch (filter.scope()) {
                case MINE -> caller.username().equals(holder);
                case TEAM -> true;
                case UNTAKEN -> ReferralFilter.untaken(referral);
            };
            if (inScope && filter.keeps(referral, holder, now)) {
                kept.add(referral);
            }
        }
        PagedList<Referral> page = PagedList.of(kept, paging);
        List<PartnerReferralView> inbox = new ArrayList<>();
        for (Referral referral : page.entries()) {
            inbox.add(gate.open(
                    caller,
                    JournalAction.READ,
                    Target.of(referral),
                    Grant.sharing("referral-triage", Set.of(Field.REFERRAL_REASON), Sharing.of(referral)),
                    opener -> triage(opener, caller, referral, actor(caller, referral), null, null)));
        }
        return new PagedList<>(inbox, page.page(), page.size(), page.total());
    }

    /**
     * One orientation: the triage view before acceptance; after, for its named recipient, the
     * shared view too, limited to {@code fields} when given (a field outside it: 403, journaled).
     */
    @Transactional
    public PartnerReferralView read(Caller caller, UUID id, List<String> fields) {
        Referral referral = workflow.find(id);
        ReferralActor actor = requireOfPartner(caller, referral, JournalAction.READ);
        Instant now = clock.instant();
        Set<Field> requested = requested(fields);
        String ended = ended(referral, now);
        if (ended != null) {
            throw workflow.refuse(caller, JournalAction.READ, referral, requested, Outcome.FORBIDDEN, ended);
        }
        if (!referral.status().partnerMayRead()) {
            // Before acceptance: the triage view only (S2); asking for a field is asking too much.
            if (!requested.isEmpty()) {
                throw workflow.refuse(
                        caller, JournalAction.READ, referral, requested, Outcome.FORBIDDEN, FIELD_NOT_SHARED);
            }
            return gate.open(
                    caller,
                    JournalAction.READ,
                    Target.of(referral),
                    Grant.sharing("referral-triage", TEXTS, Sharing.of(referral)),
                    opener -> triage(opener, caller, referral, actor, null, workflow.timeline(opener, referral)));
        }
        if (actor != ReferralActor.RECIPIENT) {
            throw workflow.refuse(
                    caller,
                    JournalAction.READ,
                    referral,
                    requested,
                    Outcome.FORBIDDEN,
                    ReferralLifecycle.NOT_THE_RECIPIENT);
        }
        Visible visible = shared.visibleToRecipient(referral, now);
        if (!visible.fields().containsAll(requested)) {
            throw workflow.refuse(caller, JournalAction.READ, referral, requested, Outcome.FORBIDDEN, FIELD_NOT_SHARED);
        }
        Set<Field> shown = requested.isEmpty() ? visible.fields() : requested;
        Set<Field> granted = EnumSet.copyOf(TEXTS);
        granted.addAll(shown);
        return gate.open(
                caller,
                JournalAction.READ,
                Target.of(referral),
                Grant.sharing("referral-shared", granted, Sharing.of(referral)),
                opener -> triage(
                        opener,
                        caller,
                        referral,
                        actor,
                        shared.open(opener, referral, shared.caseFile(referral), shown, visible.notes()),
                        workflow.timeline(opener, referral)));
    }

    /**
     * A caseworker's transition: any caseworker of the organisation before acceptance, the named
     * recipient after (S2), as {@link ReferralLifecycle} decides. REJECT needs one of the
     * convention's reason codes and a message (422 otherwise), COMPLETE and FAIL an outcome code.
     */
    @Transactional
    public PartnerReferralView transition(Caller caller, UUID id, Transition transition, TransitionDetails details) {
        if (transition == null || !PARTNER_TRANSITIONS.contains(transition)) {
            throw new NotFoundException("transition");
        }
        Referral referral = workflow.find(id);
        ReferralActor actor = requireOfPartner(caller, referral, JournalAction.UPDATE);
        workflow.require(caller, actor, referral, transition);
        String code = details == null ? null : details.reasonCode();
        switch (transition) {
            case REJECT -> {
                if (code == null
                        || rejectionReasons(referral).stream()
                                .noneMatch(r -> r.code().equals(code))) {
                    throw new InvalidInputException("reasonCode", "is not one of the convention's rejection reasons");
                }
            }
            case COMPLETE, FAIL -> ReferralWorkflow.code("reasonCode", code, true);
            default -> ReferralWorkflow.code("reasonCode", code, false);
        }
        // §4: a rejection says why in words too, for the sender to act on.
        String message = ReferralWorkflow.text(
                "message",
                details == null ? null : details.message(),
                ReferralWorkflow.MESSAGE_MAX,
                transition == Transition.REJECT);
        workflow.apply(caller, actor, referral, transition, code, message, clock.instant());
        referrals.flush();
        // The answer to a transition carries no text: what it shows was not journaled as read.
        return triage(null, caller, referral, actor(caller, referral), null, null);
    }

    /**
     * A message to the sender (information asked or given), from those who may work on the
     * orientation now: any caseworker of the organisation before acceptance, its recipient after
     * (S2); not once it has ended (S7). Stored sealed, shown on the timeline.
     */
    @Transactional
    public PartnerReferralView message(Caller caller, UUID id, TransitionDetails details) {
        Referral referral = workflow.find(id);
        ReferralActor actor = requireOfPartner(caller, referral, JournalAction.UPDATE);
        String ended = ended(referral, clock.instant());
        if (ended != null) {
            throw workflow.refuse(
                    caller, JournalAction.UPDATE, referral, Set.of(Field.REFERRAL_MESSAGE), Outcome.FORBIDDEN, ended);
        }
        if (referral.status().partnerMayRead() && actor != ReferralActor.RECIPIENT) {
            throw workflow.refuse(
                    caller,
                    JournalAction.UPDATE,
                    referral,
                    Set.of(Field.REFERRAL_MESSAGE),
                    Outcome.FORBIDDEN,
                    ReferralLifecycle.NOT_THE_RECIPIENT);
        }
        workflow.message(caller, actor, referral, details);
        referrals.flush();
        return triage(null, caller, referral, actor, null, null);
    }

    /**
     * A partner system's acknowledgement that arrives after its acceptance overtook it (files read in
     * another order than written): the orientation keeps its status, the timeline shows that the
     * partner's system acknowledged it. Refused like any move once the orientation has ended.
     */
    @Transactional
    public PartnerReferralView acknowledgedLate(Caller caller, UUID id) {
        Referral referral = workflow.find(id);
        ReferralActor actor = requireOfPartner(caller, referral, JournalAction.UPDATE);
        if (referral.status() == ReferralStatus.SENT || referral.status().isFinal()) {
            // SENT: an ordinary acknowledgement; ended: the lifecycle refuses it (409, journaled).
            return transition(caller, id, Transition.ACKNOWLEDGE, null);
        }
        workflow.record(caller, referral.acknowledgedLate(actor, clock.instant()));
        gate.record(
                caller,
                JournalAction.UPDATE,
                Target.of(referral),
                Set.of(),
                "referral-acknowledge-late",
                Sharing.of(referral));
        return triage(null, caller, referral, actor, null, null);
    }

    /**
     * Changes who works on an orientation, its status unchanged (DESIGN §4, S2): the partner manager
     * assigns it to a caseworker before acceptance ({@link RecipientChange#ASSIGN}); its named
     * recipient or the manager hands an accepted one over ({@link RecipientChange#HANDOVER}, a
     * reason required), after which the new recipient reads the shared fields and the former one
     * gets 403. {@code to} must be a caseworker of the addressed organisation that Passerelle knows
     * (422 otherwise, the same answer for an unknown name and another organisation's); refusals as
     * {@link RecipientChange} says (403, 404, 409), journaled; the journal names the act, never the
     * reason nor the new recipient's name (the timeline holds them). The sender is told of a handover.
     */
    @Transactional
    public PartnerReferralView changeRecipient(
            Caller caller, UUID id, RecipientChange change, String to, String reason) {
        Objects.requireNonNull(change, "change");
        Referral referral = workflow.find(id);
        ReferralActor actor = requireOfPartner(caller, referral, JournalAction.UPDATE, true);
        boolean manager = caller.has(Role.PARTNER_MANAGER);
        Instant now = clock.instant();
        workflow.require(caller, actor, manager, referral, change);
        String ended = ended(referral, now);
        if (ended != null) {
            throw workflow.refuse(
                    caller, JournalAction.UPDATE, referral, Set.of(Field.REFERRAL_MESSAGE), Outcome.FORBIDDEN, ended);
        }
        String holder = ReferralWorkflow.text("to", to, USERNAME_MAX, true);
        if (!referrals.caseworkersOf(referral.partner()).contains(holder)) {
            throw new InvalidInputException("to", "is not a caseworker of the organisation known to Passerelle");
        }
        String why = ReferralWorkflow.text(
                "reason", reason, ReferralWorkflow.MESSAGE_MAX, change == RecipientChange.HANDOVER);
        workflow.changeRecipient(caller, actor, manager, referral, change, holder, why, now);
        referrals.flush();
        return triage(null, caller, referral, actor(caller, referral), null, null);
    }

    /**
     * An orientation as the partner manager dispatches it: its attributes, status, recipient and
     * assignee, without any text or shared field (so without the triage reason); for the manager
     * who is not its recipient, on the page where they assign or hand it over. Journaled as a read
     * of no field.
     */
    @Transactional
    public PartnerReferralView overview(Caller caller, UUID id) {
        Referral referral = workflow.find(id);
        ReferralActor actor = requireOfPartner(caller, referral, JournalAction.READ, true);
        String ended = ended(referral, clock.instant());
        if (ended != null) {
            throw workflow.refuse(caller, JournalAction.READ, referral, Set.of(), Outcome.FORBIDDEN, ended);
        }
        gate.record(
                caller, JournalAction.READ, Target.of(referral), Set.of(), "referral-overview", Sharing.of(referral));
        return triage(null, caller, referral, actor, null, null);
    }

    /**
     * The caseworkers of the caller's organisation that Passerelle knows (those who used the partner
     * inbox), whom its orientations may be assigned or handed over to: usernames only.
     */
    @Transactional
    public List<String> caseworkers(Caller caller) {
        gate.requireRole(
                caller,
                JournalAction.READ,
                Target.organisation(caller.organisation()),
                Role.PARTNER_CASEWORKER,
                Role.PARTNER_MANAGER);
        seen(caller, clock.instant());
        return referrals.caseworkersOf(caller.organisation());
    }

    /** Records a caseworker's use of the partner inbox: whom orientations may be handed to. */
    private void seen(Caller caller, Instant now) {
        if (caller.has(Role.PARTNER_CASEWORKER) && caller.organisation() != null) {
            referrals.caseworkerSeen(caller.organisation(), caller.username(), now);
        }
    }

    /** What the caller may change of who works on it now: what a screen offers. */
    private static Set<RecipientChange> recipientChanges(Caller caller, Referral r, ReferralActor actor) {
        boolean manager = caller.has(Role.PARTNER_MANAGER);
        boolean mayAct = caller.has(Role.PARTNER_CASEWORKER) || manager;
        EnumSet<RecipientChange> changes = EnumSet.noneOf(RecipientChange.class);
        for (RecipientChange change : RecipientChange.values()) {
            if (mayAct && r.allows(actor, manager, change)) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** Why a partner may read nothing of it any more (S7), or {@code null}. */
    private String ended(Referral referral, Instant now) {
        if (referral.status().isFinal()) {
            return ACCESS_ENDED;
        }
        CaseFile caseFile = shared.caseFile(referral);
        if (caseFile.status() == CaseStatus.CLOSED) {
            return DOSSIER_CLOSED;
        }
        if (!shared.consentHolds(referral, now)) {
            return CONSENT_ENDED;
        }
        return null;
    }

    /**
     * Classifies a caseworker for this orientation; another organisation's (404), the partner side
     * on a draft (404) and anything on a restricted dossier (423, S15) are refused here, journaled.
     */
    private ReferralActor requireOfPartner(Caller caller, Referral referral, JournalAction attempted) {
        return requireOfPartner(caller, referral, attempted, false);
    }

    /** As above; {@code managerToo}: the partner manager's role is enough (to assign or hand over). */
    private ReferralActor requireOfPartner(
            Caller caller, Referral referral, JournalAction attempted, boolean managerToo) {
        // S2: a partner system moves an orientation only through a document it signed on its channel;
        // its service account's token is no caseworker.
        boolean partnerSystem = caller.has(Role.PARTNER_SYSTEM) && caller.signedDocument();
        boolean manager = managerToo && caller.has(Role.PARTNER_MANAGER);
        if (!caller.has(Role.PARTNER_CASEWORKER) && !partnerSystem && !manager) {
            throw workflow.refuse(
                    caller, attempted, referral, Set.of(), Outcome.FORBIDDEN, CcasAccessPolicy.ROLE_NOT_PERMITTED);
        }
        ReferralActor actor = actor(caller, referral);
        if (actor == ReferralActor.OTHER_PARTNER) {
            throw workflow.refuse(
                    caller, attempted, referral, Set.of(), Outcome.NOT_FOUND, ReferralLifecycle.OTHER_ORGANISATION);
        }
        if (referral.sentAt() == null) {
            throw workflow.refuse(caller, attempted, referral, Set.of(), Outcome.NOT_FOUND, ReferralLifecycle.NOT_SENT);
        }
        if (shared.caseFile(referral).isRestricted()) {
            // S15: while the DPO restricts the dossier, its partners neither read nor act on it (423).
            throw workflow.refuse(
                    caller, attempted, referral, Set.of(), Outcome.RESTRICTED, CcasAccessPolicy.RESTRICTED);
        }
        seen(caller, clock.instant());
        return actor;
    }

    private static ReferralActor actor(Caller caller, Referral referral) {
        if (!referral.partner().equals(caller.organisation())) {
            return ReferralActor.OTHER_PARTNER;
        }
        return caller.username().equals(referral.recipient())
                ? ReferralActor.RECIPIENT
                : ReferralActor.PARTNER_CASEWORKER;
    }

    private static Set<Field> requested(List<String> keys) {
        if (keys == null) {
            return Set.of();
        }
        // A query may give the keys comma-separated as well as repeated.
        return FieldKeys.parse(
                "fields",
                keys.stream()
                        .flatMap(key -> Arrays.stream(key.split(",")))
                        .filter(part -> !part.isBlank())
                        .toList());
    }

    /**
     * The partner's view; the triage reason only when read through an opener (the answer to a
     * move carries no text: it was not journaled as read).
     */
    /** The reasons the orientation's convention allows a rejection to give. */
    private List<RejectionReason> rejectionReasons(Referral referral) {
        return conventions
                .find(referral.conventionId())
                .orElseThrow(() -> new IllegalStateException("A sent orientation's convention is gone"))
                .rejectionReasons();
    }

    private PartnerReferralView triage(
            Opener opener,
            Caller caller,
            Referral r,
            ReferralActor actor,
            SharedFields values,
            List<TimelineEvent> timeline) {
        Organisation sender = organisations
                .find(r.organisationCode())
                .orElseThrow(() -> new IllegalStateException("An orientation's CCAS is gone"));
        Set<Transition> available = r.available(actor);
        return new PartnerReferralView(
                r.id(),
                r.purpose(),
                r.cadre(),
                r.urgency(),
                r.status(),
                sender.code(),
                sender.name(),
                sender.commune(),
                r.sentAt(),
                r.expiresAt(),
                opener == null ? null : opener.open(r, Field.REFERRAL_REASON),
                r.recipient(),
                r.assignee(),
                available,
                recipientChanges(caller, r, actor),
                available.contains(Transition.REJECT) ? rejectionReasons(r) : List.of(),
                values,
                timeline,
                timeline == null ? null : SenderContact.of(r),
                r.version());
    }
}

package org.passerelle.domain.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.protection.FieldKeysConverter;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralLifecycle;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.secrecy.referral.TransitionDecision;

/**
 * An orientation: a CCAS agent refers the usager of a dossier to a partner organisation under one
 * cadre (S1) for one purpose, sharing the fields and the notes they picked (S3, S9) once it is
 * accepted by a named caseworker (S2). The pick is fixed when the draft is made: a note written
 * later is never part of it, and notes are not edited. It moves only as {@code ReferralLifecycle}
 * (DESIGN §4) lets the actor move it, refusing anything else itself, and says what happened as a
 * {@link ReferralChange}. The triage reason is free text, so it is a ciphertext sealed with the sending CCAS's key.
 */
@Entity
@Table(name = "referral")
@Audited
public class Referral implements SealedRow {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    private UUID caseFileId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "partner_code", nullable = false, updatable = false)
    private String partner;

    @Column(name = "convention_id")
    private UUID conventionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadre", nullable = false, updatable = false)
    private Cadre cadre;

    @Column(name = "purpose", nullable = false, updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, updatable = false)
    private Urgency urgency;

    @Convert(converter = FieldKeysConverter.class)
    @Column(name = "picked_fields", nullable = false, updatable = false)
    private Set<Field> picked;

    /** The ids of the notes picked one by one (S3, S9); which of them the partner sees is the policy's to say. */
    @ElementCollection
    @CollectionTable(name = "referral_note", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "note_id", nullable = false)
    private Set<UUID> notes = new HashSet<>();

    @Column(name = "consent_id")
    private UUID consentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReferralStatus status;

    @Column(name = "sender", nullable = false, updatable = false)
    private String sender;

    @Column(name = "recipient")
    private String recipient;

    /** The caseworker the partner manager dispatched it to before acceptance, or {@code null}. */
    @Column(name = "assignee")
    private String assignee;

    /** Where the sender is notified (the token's e-mail at creation); staff data, never logged. */
    @Column(name = "sender_email", updatable = false)
    private String senderEmail;

    /** The sender's name as the partner reads it (the token's at creation); staff data, never logged. */
    @Column(name = "sender_name", updatable = false)
    private String senderName;

    /** The sender's professional phone, when the realm gives one; staff data, never logged. */
    @Column(name = "sender_phone", updatable = false)
    private String senderPhone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "escalate_at")
    private Instant escalateAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "outcome_code")
    private String outcomeCode;

    @Column(name = "rejection_code")
    private String rejectionCode;

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    @Column(name = "reason", nullable = false)
    private byte[] reason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Referral() {
        // for JPA
    }

    /** What the sender asks; the caller checked the dossier, the cadre and the pick (fields, and notes by id). */
    public record Draft(
            UUID caseFileId,
            UUID personId,
            String partner,
            Cadre cadre,
            String purpose,
            Urgency urgency,
            Set<Field> picked,
            Set<UUID> notes) {}

    /** A new draft of {@code sender}'s, sealed with {@code keyVersion} of the CCAS's key (the reason is sealed next). */
    public Referral(String organisationCode, Draft draft, String sender, int keyVersion, Instant at) {
        this.id = UUID.randomUUID();
        this.organisationCode = organisationCode;
        this.caseFileId = draft.caseFileId();
        this.personId = draft.personId();
        this.partner = draft.partner();
        this.cadre = draft.cadre();
        this.purpose = draft.purpose();
        this.urgency = draft.urgency();
        this.picked = FieldKeysConverter.ordered(draft.picked());
        this.notes.addAll(draft.notes());
        this.status = ReferralStatus.DRAFT;
        this.sender = sender;
        this.createdAt = at;
        this.keyVersion = keyVersion;
    }

    /** Where the sender wants the partner's answers, reminders and expiry told (issue 5, item 4); before it is stored. */
    public void notifySenderAt(String email) {
        requireStatus(ReferralStatus.DRAFT);
        this.senderEmail = email;
    }

    /** The sender's professional contact the partner reads (issue 18, item 4): name and phone, each possibly null. */
    public void senderContact(String name, String phone) {
        requireStatus(ReferralStatus.DRAFT);
        this.senderName = name;
        this.senderPhone = phone;
    }

    public String senderName() {
        return senderName;
    }

    public String senderPhone() {
        return senderPhone;
    }

    /**
     * Sends it under this convention (and consent, if it relies on one), with its reminder and
     * expiry times, if the lifecycle lets {@code actor} send it (the sender, from a draft); the
     * caller checked its grounds (S1, S3, S4).
     *
     * @throws TransitionRefusedException when the lifecycle refuses; nothing changed then
     */
    public ReferralTransitioned send(
            ReferralActor actor,
            String by,
            UUID conventionId,
            UUID consentId,
            Instant at,
            Instant remindAt,
            Instant expiresAt) {
        ReferralStatus from = status;
        requireAllowed(actor, Transition.SEND);
        this.conventionId = conventionId;
        this.consentId = consentId;
        this.sentAt = at;
        this.remindAt = remindAt;
        this.expiresAt = expiresAt;
        this.status = ReferralStatus.SENT;
        return new ReferralTransitioned(this, actor, Transition.SEND, from, by, null, at);
    }

    /**
     * Moves it by {@code transition} (other than SEND) if the lifecycle (DESIGN §4) lets
     * {@code actor} do so from its status. {@code code} is the rejection reason for REJECT, the
     * outcome for COMPLETE and FAIL, carried by the event only otherwise.
     *
     * @param by the username who moves it: it becomes the named recipient on ACCEPT (S2)
     * @throws TransitionRefusedException when the lifecycle refuses; nothing changed then
     */
    public ReferralTransitioned apply(ReferralActor actor, Transition transition, String by, String code, Instant at) {
        if (transition == Transition.SEND) {
            throw new IllegalArgumentException("SEND goes through send(...)");
        }
        ReferralStatus from = status;
        requireAllowed(actor, transition);
        switch (transition) {
            case ACKNOWLEDGE -> receivedAt = at;
            case ACCEPT -> {
                recipient = by;
                acceptedAt = at;
            }
            case REJECT -> rejectionCode = code;
            case COMPLETE, FAIL -> outcomeCode = code;
            default -> {
                // the status says it all
            }
        }
        status = transition.target();
        if (status.isFinal()) {
            closedAt = at;
        }
        return new ReferralTransitioned(this, actor, transition, from, by, code, at);
    }

    /**
     * Changes which caseworker of the addressed organisation works on it, if {@link RecipientChange}
     * lets {@code actor} do so now ({@code manager}: the caller is the partner's manager); the status
     * stays. ASSIGN names the caseworker the manager dispatches it to before acceptance; HANDOVER
     * makes {@code to} its named recipient (S2). The caller checked that {@code to} is a caseworker
     * of the addressed organisation.
     *
     * @throws TransitionRefusedException when the rule refuses; nothing changed then
     * @throws org.passerelle.domain.failure.InvalidInputException when {@code to} already holds it
     */
    public ReferralHandedOver changeRecipient(
            ReferralActor actor, boolean manager, RecipientChange change, String by, String to, Instant at) {
        TransitionDecision decision = change.decide(actor, manager, status);
        if (!decision.allowed()) {
            throw new TransitionRefusedException(decision);
        }
        if (to == null || to.isBlank()) {
            throw new InvalidInputException("to", "is required");
        }
        String former = change == RecipientChange.HANDOVER ? recipient : assignee;
        if (to.equals(former)) {
            throw new InvalidInputException("to", "already holds the orientation");
        }
        if (change == RecipientChange.HANDOVER) {
            recipient = to;
        } else {
            assignee = to;
        }
        return new ReferralHandedOver(this, actor, change, by, former, to, at);
    }

    /** Whether {@link RecipientChange} lets {@code actor} make {@code change} now: what a screen offers. */
    public boolean allows(ReferralActor actor, boolean manager, RecipientChange change) {
        return change.decide(actor, manager, status).allowed();
    }

    /** Whether the lifecycle lets {@code actor} make {@code transition} from the current status. */
    public boolean allows(ReferralActor actor, Transition transition) {
        return ReferralLifecycle.decide(actor, status, transition).allowed();
    }

    /**
     * Refuses, without changing anything, what the lifecycle refuses {@code actor}: for a caller
     * that must say no before it looks at the rest of a request.
     *
     * @throws TransitionRefusedException with the lifecycle's kind and reason code
     */
    public void requireAllowed(ReferralActor actor, Transition transition) {
        TransitionDecision decision = ReferralLifecycle.decide(actor, status, transition);
        if (!decision.allowed()) {
            throw new TransitionRefusedException(decision);
        }
    }

    /** The transitions {@code actor} may make now: what a screen offers. */
    public Set<Transition> available(ReferralActor actor) {
        return ReferralLifecycle.available(actor, status);
    }

    /**
     * The partner's system acknowledged it after it had moved on (accepted, in progress, on hold,
     * or received already): recorded on the timeline only; the status stays.
     */
    public ReferralAcknowledgedLate acknowledgedLate(ReferralActor actor, Instant at) {
        if (status == ReferralStatus.DRAFT || status == ReferralStatus.SENT || status.isFinal()) {
            throw new IllegalStateException("Not a late acknowledgement from " + status);
        }
        return new ReferralAcknowledgedLate(this, actor, at);
    }

    /**
     * The reminder went out; it goes out once. An URGENT orientation is escalated to the partner's
     * manager at {@code escalateAt} if still unanswered then.
     */
    public ReferralReminded reminded(Instant at, Instant escalateAt) {
        this.remindedAt = at;
        this.escalateAt = urgency == Urgency.URGENT ? Objects.requireNonNull(escalateAt, "escalateAt") : null;
        return new ReferralReminded(this, at);
    }

    /** The escalation went out; it goes out once. */
    public ReferralEscalated escalated(Instant at) {
        if (urgency != Urgency.URGENT || !status.awaitingPartner()) {
            throw new IllegalStateException("Only an URGENT orientation awaiting its partner is escalated");
        }
        this.escalatedAt = at;
        return new ReferralEscalated(this, at);
    }

    /** Whether it waits for the partner past its reminder time, or is past its expiry: listed first to its sender. */
    public boolean overdue(Instant now) {
        return status.awaitingPartner() && remindAt != null && now.isAfter(remindAt);
    }

    private void requireStatus(ReferralStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Expected " + expected);
        }
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public UUID caseFileId() {
        return caseFileId;
    }

    public UUID personId() {
        return personId;
    }

    public String partner() {
        return partner;
    }

    public UUID conventionId() {
        return conventionId;
    }

    public Cadre cadre() {
        return cadre;
    }

    public String purpose() {
        return purpose;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Set<Field> picked() {
        return picked;
    }

    /** The ids of the notes picked, unmodifiable. */
    public Set<UUID> notes() {
        return Collections.unmodifiableSet(notes);
    }

    public UUID consentId() {
        return consentId;
    }

    public ReferralStatus status() {
        return status;
    }

    public String sender() {
        return sender;
    }

    public String recipient() {
        return recipient;
    }

    /** The caseworker the partner manager dispatched it to before acceptance, or {@code null}. */
    public String assignee() {
        return assignee;
    }

    /** The sender's address for notifications, or {@code null}. */
    public String senderEmail() {
        return senderEmail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant remindAt() {
        return remindAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant escalateAt() {
        return escalateAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public String outcomeCode() {
        return outcomeCode;
    }

    public String rejectionCode() {
        return rejectionCode;
    }

    public long version() {
        return version;
    }

    @Override
    public String owner() {
        return organisationCode;
    }

    @Override
    public String rowId() {
        return id.toString();
    }

    @Override
    public int keyVersion() {
        return keyVersion;
    }

    @Override
    public byte[] sealed(Field field) {
        SealedRow.requireOnly(Field.REFERRAL_REASON, field, "an orientation");
        return reason;
    }

    @Override
    public void seal(Field field, byte[] ciphertext) {
        SealedRow.requireOnly(Field.REFERRAL_REASON, field, "an orientation");
        reason = ciphertext;
    }
}

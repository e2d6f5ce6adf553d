package org.passerelle.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.referral.ReferralStatus;

/**
 * One line of an orientation's timeline (§4: every transition with user and time, shown to both
 * sides): its creation, a transition, a reminder, a message. Never edited. An optional message is free text,
 * sealed with the sending CCAS's key like the orientation's reason.
 */
@Entity
@Table(name = "referral_event")
@Audited
public class ReferralEvent implements SealedRow {

    /** Timeline kinds beside the {@code Transition} names. */
    public static final String CREATE = "CREATE";

    public static final String REMIND = "REMIND";
    /** An URGENT orientation raised to the partner's manager, a day after its unanswered reminder. */
    public static final String ESCALATE = "ESCALATE";
    /** A message between the two sides (information asked or given), no status change. */
    public static final String MESSAGE = "MESSAGE";
    /** The reason code of a cancellation caused by a consent withdrawal (S5). */
    public static final String CONSENT_WITHDRAWN = "consent-withdrawn";
    /** The reason code of a cancellation caused by the usager's objection (S5, GDPR art. 21). */
    public static final String OBJECTION = "objection";
    /** The reason code of a cancellation caused by the closing of the dossier (S7). */
    public static final String CASE_CLOSED = "case-closed";

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private UUID referralId;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "actor_organisation", updatable = false)
    private String actorOrganisation;

    @Column(name = "transition", nullable = false, updatable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ReferralStatus to;

    @Column(name = "reason_code", updatable = false)
    private String reasonCode;

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    @Column(name = "message")
    private byte[] message;

    /** Who holds it after an assignment or a handover (a caseworker's username), else {@code null}. */
    @Column(name = "holder", updatable = false)
    private String holder;

    protected ReferralEvent() {
        // for JPA
    }

    /**
     * @param kind a {@code Transition} name, {@link #CREATE}, {@link #REMIND} or {@link #MESSAGE}
     * @param from the status before, {@code null} on creation
     */
    public ReferralEvent(
            Referral referral,
            Instant at,
            String username,
            String actorOrganisation,
            String kind,
            ReferralStatus from,
            ReferralStatus to,
            String reasonCode,
            int keyVersion) {
        this.id = UUID.randomUUID();
        this.referralId = referral.id();
        this.organisationCode = referral.organisationCode();
        this.at = at;
        this.username = username;
        this.actorOrganisation = actorOrganisation;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.reasonCode = reasonCode;
        this.keyVersion = keyVersion;
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public Instant at() {
        return at;
    }

    public String username() {
        return username;
    }

    public String actorOrganisation() {
        return actorOrganisation;
    }

    public String kind() {
        return kind;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** Names who holds it after this line (an assignment or a handover); before it is stored. */
    public ReferralEvent holder(String username) {
        this.holder = username;
        return this;
    }

    /** Who holds it after an assignment or a handover, or {@code null}. */
    public String holder() {
        return holder;
    }

    public boolean hasMessage() {
        return message != null;
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
        SealedRow.requireOnly(Field.REFERRAL_MESSAGE, field, "a timeline event");
        return message;
    }

    @Override
    public void seal(Field field, byte[] ciphertext) {
        SealedRow.requireOnly(Field.REFERRAL_MESSAGE, field, "a timeline event");
        message = ciphertext;
    }
}

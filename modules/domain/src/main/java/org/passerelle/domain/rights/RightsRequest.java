package org.passerelle.domain.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A rights request or complaint an usager addressed to the CCAS, registered by its DPO (GDPR art.
 * 12): due one month after it was received, extendable by at most two more months for one of the
 * grounds art. 12(3) allows, then answered. Holds codes, dates and ids only: the register carries
 * no free text, so no personal detail sits here in clear.
 */
@Entity
@Table(name = "rights_request")
@Audited
public class RightsRequest {

    /** The extension art. 12(3) allows at most, in months. */
    public static final int EXTENSION_MAX_MONTHS = 2;

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private RightsRequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false)
    private RightsRequestChannel channel;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "extended_months", nullable = false)
    private int extendedMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension_reason")
    private ExtensionReason extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RightsRequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private AnswerOutcome outcome;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "overdue_alerted_at")
    private Instant overdueAlertedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RightsRequest() {
        // for JPA
    }

    public RightsRequest(
            String organisationCode,
            UUID personId,
            RightsRequestKind kind,
            RightsRequestChannel channel,
            LocalDate receivedOn,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID();
        this.organisationCode = Objects.requireNonNull(organisationCode, "organisationCode");
        this.personId = Objects.requireNonNull(personId, "personId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.dueOn = receivedOn.plusMonths(1);
        this.status = RightsRequestStatus.OPEN;
    }

    /**
     * Extends the deadline by {@code months} more (1 or 2, at most two in all), for a reason.
     *
     * @throws IllegalArgumentException when {@code months} is not 1 or 2
     * @throws RightsRequestStateException when answered, or when it would go beyond two months in all
     */
    public void extend(int months, ExtensionReason reason) {
        if (months < 1 || months > EXTENSION_MAX_MONTHS) {
            throw new IllegalArgumentException("An extension is of 1 or 2 months");
        }
        Objects.requireNonNull(reason, "reason");
        requireOpen();
        if (extendedMonths + months > EXTENSION_MAX_MONTHS) {
            throw new RightsRequestStateException(
                    "extension-limit", "The deadline may be extended by two months in all");
        }
        extendedMonths += months;
        extensionReason = reason;
        dueOn = receivedOn.plusMonths(1L + extendedMonths);
    }

    /**
     * Records the answer and closes the request.
     *
     * @throws IllegalArgumentException when answered before it was received
     * @throws RightsRequestStateException when already answered
     */
    public void answer(LocalDate on, AnswerOutcome outcome, String by) {
        Objects.requireNonNull(on, "on");
        if (on.isBefore(receivedOn)) {
            throw new IllegalArgumentException("A request is answered on or after the day it was received");
        }
        requireOpen();
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredOn = on;
        this.status = RightsRequestStatus.ANSWERED;
    }

    /** Whether it is still unanswered after its due date, on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status == RightsRequestStatus.OPEN && dueOn.isBefore(today);
    }

    /** Marks its overdue alert as raised, so that no later run raises another. */
    public void overdueAlerted(Instant at) {
        this.overdueAlertedAt = Objects.requireNonNull(at, "at");
    }

    private void requireOpen() {
        if (status != RightsRequestStatus.OPEN) {
            throw new RightsRequestStateException("answered", "The request is already answered");
        }
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public UUID personId() {
        return personId;
    }

    public RightsRequestKind kind() {
        return kind;
    }

    public RightsRequestChannel channel() {
        return channel;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public int extendedMonths() {
        return extendedMonths;
    }

    public ExtensionReason extensionReason() {
        return extensionReason;
    }

    public RightsRequestStatus status() {
        return status;
    }

    public AnswerOutcome outcome() {
        return outcome;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant overdueAlertedAt() {
        return overdueAlertedAt;
    }

    public long version() {
        return version;
    }
}

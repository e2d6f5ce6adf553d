package org.passerelle.domain.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A colleague standing in for an agent of the same CCAS over a period (S6): while it runs, the
 * delegate reads and writes the delegator's dossiers (those where the delegator is référent or
 * team member) as a team member would. Given by the delegator or by the CCAS manager; ended early
 * by either. The reason says why (absence, leave), not who the usagers are.
 */
@Entity
@Table(name = "delegation")
@Audited
public class Delegation {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "delegator", nullable = false, updatable = false)
    private String delegator;

    @Column(name = "delegate", nullable = false, updatable = false)
    private String delegate;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Delegation() {
        // for JPA
    }

    /**
     * A delegation from {@code delegator} to {@code delegate} over [{@code startsAt}, {@code endsAt}).
     *
     * @throws IllegalArgumentException when the delegate is the delegator or the period is empty
     */
    public Delegation(
            String organisationCode,
            String delegator,
            String delegate,
            Instant startsAt,
            Instant endsAt,
            String reason,
            String createdBy,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.organisationCode = Objects.requireNonNull(organisationCode, "organisationCode");
        this.delegator = Objects.requireNonNull(delegator, "delegator");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (delegator.equals(delegate)) {
            throw new IllegalArgumentException("An agent cannot delegate to themselves");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A delegation must end after it starts");
        }
    }

    /** Whether it runs at {@code at}: started, not yet over, not ended early. */
    public boolean isRunning(Instant at) {
        return endedAt == null && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** Whether it is over at {@code at}: ended early, or past its end. */
    public boolean isOver(Instant at) {
        return endedAt != null || !at.isBefore(endsAt);
    }

    /**
     * Ends it now, before its term.
     *
     * @throws IllegalStateException when it is already over
     */
    public void end(String by, Instant at) {
        if (isOver(at)) {
            throw new IllegalStateException("The delegation is already over");
        }
        this.endedBy = Objects.requireNonNull(by, "by");
        this.endedAt = Objects.requireNonNull(at, "at");
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String delegator() {
        return delegator;
    }

    public String delegate() {
        return delegate;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long version() {
        return version;
    }
}

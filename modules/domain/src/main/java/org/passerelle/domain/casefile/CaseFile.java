package org.passerelle.domain.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Relation;

/**
 * A dossier: the support a CCAS gives one usager. Staff are identified by their username (the
 * identity provider's login, which does not change).
 */
@Entity
@Table(name = "case_file")
@Audited
public class CaseFile implements SealedRow {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "referent", nullable = false)
    private String referent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_file_team", joinColumns = @JoinColumn(name = "case_file_id"))
    @Column(name = "username", nullable = false)
    private Set<String> team = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Set at opening; moved only by {@link CaseFileRepository#recordContact}, never by a flush of this entity. */
    @Column(name = "last_contact_on", nullable = false, updatable = false)
    private LocalDate lastContactOn;

    /** GDPR art. 18: processing restricted; only the DPO may read it (S15). */
    @Column(name = "restricted", nullable = false)
    private boolean restricted;
    /** The last restriction: who set it, when and why (kept once lifted, for the record). */
    @Column(name = "restricted_by")
    private String restrictedBy;

    @Column(name = "restricted_at")
    private Instant restrictedAt;

    @Column(name = "restriction_reason")
    private String restrictionReason;

    @Column(name = "restriction_lifted_by")
    private String restrictionLiftedBy;

    @Column(name = "restriction_lifted_at")
    private Instant restrictionLiftedAt;

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    @Column(name = "household")
    private byte[] household;

    @Column(name = "resources")
    private byte[] resources;

    @Column(name = "housing")
    private byte[] housing;

    @Column(name = "health_notes")
    private byte[] healthNotes;

    @Column(name = "rsa_status")
    private byte[] rsaStatus;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseFile() {
        // for JPA
    }

    /** Opened {@code at}, which is also its first contact (its date in UTC, like every date the clock gives). */
    public CaseFile(String organisationCode, UUID personId, String referent, int keyVersion, Instant at) {
        this.id = UUID.randomUUID();
        this.organisationCode = organisationCode;
        this.personId = personId;
        this.referent = referent;
        this.keyVersion = keyVersion;
        this.status = CaseStatus.OPEN;
        this.openedAt = at;
        this.lastContactOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
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

    public String referent() {
        return referent;
    }

    public Set<String> team() {
        return Set.copyOf(team);
    }

    public CaseStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate lastContactOn() {
        return lastContactOn;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public String restrictedBy() {
        return restrictedBy;
    }

    public Instant restrictedAt() {
        return restrictedAt;
    }

    public String restrictionReason() {
        return restrictionReason;
    }

    public String restrictionLiftedBy() {
        return restrictionLiftedBy;
    }

    public Instant restrictionLiftedAt() {
        return restrictionLiftedAt;
    }

    public long version() {
        return version;
    }

    public boolean isReferent(String username) {
        return referent.equals(username);
    }

    public boolean isTeamMember(String username) {
        return team.contains(username);
    }

    /**
     * How a member of this dossier's CCAS stands to it by assignment: référent, team member or
     * neither. Break-glass is a grant in time, decided by the oversight records, not here.
     */
    public Relation assignmentOf(String username) {
        return isReferent(username)
                ? Relation.REFERENT
                : isTeamMember(username) ? Relation.TEAM_MEMBER : Relation.UNASSIGNED;
    }

    public void assign(String referent, Set<String> team) {
        this.referent = referent;
        this.team.clear();
        this.team.addAll(team);
        this.team.remove(referent);
    }

    /** @throws CaseClosedException when already closed */
    public void close(Instant at) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(id);
        }
        status = CaseStatus.CLOSED;
        closedAt = at;
    }

    /**
     * Opens a closed dossier again, when the usager comes back. What its closing ended stays ended:
     * its orientations were cancelled and the partners' reads of them do not come back (S7).
     *
     * @throws CaseOpenException when it is open
     */
    public void reopen() {
        if (status != CaseStatus.CLOSED) {
            throw new CaseOpenException(id);
        }
        status = CaseStatus.OPEN;
        closedAt = null;
    }

    /**
     * Restricts processing (GDPR art. 18, S15): from now on only the DPO reads the dossier. A closed
     * dossier can be restricted too: its data is still held.
     *
     * @throws RestrictionStateException when already restricted (the first restriction stands)
     */
    public void restrict(String by, String reason, Instant at) {
        if (restricted) {
            throw new RestrictionStateException(id, true);
        }
        restricted = true;
        restrictedBy = Objects.requireNonNull(by, "by");
        restrictionReason = Objects.requireNonNull(reason, "reason");
        restrictedAt = Objects.requireNonNull(at, "at");
        restrictionLiftedBy = null;
        restrictionLiftedAt = null;
    }

    /**
     * Lifts the restriction; who set it, when and why stay on record with who lifted it.
     *
     * @throws RestrictionStateException when not restricted
     */
    public void liftRestriction(String by, Instant at) {
        if (!restricted) {
            throw new RestrictionStateException(id, false);
        }
        restricted = false;
        restrictionLiftedBy = Objects.requireNonNull(by, "by");
        restrictionLiftedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * This copy's date of last contact, after {@link CaseFileRepository#recordContact} moved the
     * stored one in the same transaction (the column is never written from here).
     */
    public void contactedOn(LocalDate on) {
        if (on.isAfter(lastContactOn)) {
            lastContactOn = on;
        }
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
        return switch (field) {
            case CASE_HOUSEHOLD -> household;
            case CASE_RESOURCES -> resources;
            case CASE_HOUSING -> housing;
            case CASE_HEALTH_NOTES -> healthNotes;
            case CASE_RSA_STATUS -> rsaStatus;
            default -> throw new IllegalArgumentException(field.key() + " is not a field of a dossier");
        };
    }

    @Override
    public void seal(Field field, byte[] ciphertext) {
        switch (field) {
            case CASE_HOUSEHOLD -> household = ciphertext;
            case CASE_RESOURCES -> resources = ciphertext;
            case CASE_HOUSING -> housing = ciphertext;
            case CASE_HEALTH_NOTES -> healthNotes = ciphertext;
            case CASE_RSA_STATUS -> rsaStatus = ciphertext;
            default -> throw new IllegalArgumentException(field.key() + " is not a field of a dossier");
        }
    }
}

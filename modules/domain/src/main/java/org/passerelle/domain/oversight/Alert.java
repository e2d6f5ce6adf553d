package org.passerelle.domain.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * An unusual access raised to the DPO of the organisation whose data was accessed (S12), and its
 * review. The detail states the rule that fired (counts, window), never a personal value.
 */
@Entity
@Table(name = "alert")
@Audited
public class Alert {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private AlertKind kind;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "person_id", updatable = false)
    private UUID personId;

    @Column(name = "case_file_id", updatable = false)
    private UUID caseFileId;

    @Column(name = "journal_entry_id", updatable = false)
    private Long journalEntryId;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "detail", nullable = false, updatable = false)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private AlertState state;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note")
    private String reviewNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Alert() {
        // for JPA
    }

    /** What raised it: the access's data owner, actor, targets and journal entry. */
    public record Subject(
            String organisationCode, String username, UUID personId, UUID caseFileId, Long journalEntryId) {}

    public Alert(AlertKind kind, Subject subject, String detail, Instant raisedAt) {
        this.id = UUID.randomUUID();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.organisationCode = subject.organisationCode();
        this.username = subject.username();
        this.personId = subject.personId();
        this.caseFileId = subject.caseFileId();
        this.journalEntryId = subject.journalEntryId();
        this.detail = detail;
        this.raisedAt = raisedAt;
        this.state = AlertState.OPEN;
    }

    /** Records the DPO's review; an alert is reviewed once (a second look is a new note elsewhere). */
    public void review(AlertState outcome, String reviewer, String note, Instant at) {
        if (outcome == AlertState.OPEN) {
            throw new IllegalArgumentException("A review closes an alert: JUSTIFIED or ESCALATED");
        }
        if (state != AlertState.OPEN) {
            throw new AlertReviewedException(id);
        }
        this.state = outcome;
        this.reviewedBy = reviewer;
        this.reviewNote = note;
        this.reviewedAt = at;
    }

    public UUID id() {
        return id;
    }

    public AlertKind kind() {
        return kind;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String username() {
        return username;
    }

    public UUID personId() {
        return personId;
    }

    public UUID caseFileId() {
        return caseFileId;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String detail() {
        return detail;
    }

    public AlertState state() {
        return state;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public long version() {
        return version;
    }
}

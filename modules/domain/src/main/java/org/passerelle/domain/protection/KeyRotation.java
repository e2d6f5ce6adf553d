package org.passerelle.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A rotation of an organisation's data key: the job that re-encrypts its rows under the new version. */
@Entity
@Table(name = "key_rotation")
public class KeyRotation {

    public enum Status {
        RUNNING,
        COMPLETED
    }

    @Id
    private UUID id;

    @Column(name = "owner", nullable = false, updatable = false)
    private String owner;

    @Column(name = "target_version", nullable = false, updatable = false)
    private int targetVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "total_rows", nullable = false)
    private long totalRows;

    @Column(name = "done_rows", nullable = false)
    private long doneRows;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected KeyRotation() {
        // for JPA
    }

    public KeyRotation(String owner, int targetVersion, long totalRows, String requestedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.owner = owner;
        this.targetVersion = targetVersion;
        this.status = Status.RUNNING;
        this.totalRows = totalRows;
        this.requestedBy = requestedBy;
        this.startedAt = at;
        this.updatedAt = startedAt;
    }

    public UUID id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public int targetVersion() {
        return targetVersion;
    }

    public Status status() {
        return status;
    }

    public long totalRows() {
        return totalRows;
    }

    public long doneRows() {
        return doneRows;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}

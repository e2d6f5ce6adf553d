package org.passerelle.domain.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * An agent's time-limited access to a dossier they are not assigned to, opened with a written
 * reason (S6). The reason says why the access was needed, not who the usager is; it is shown to
 * the DPO with the alert the access raises.
 */
@Entity
@Table(name = "break_glass")
@Audited
public class BreakGlass {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    private UUID caseFileId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected BreakGlass() {
        // for JPA
    }

    public BreakGlass(
            String organisationCode, UUID caseFileId, String username, String reason, Instant now, Duration lasting) {
        this.id = UUID.randomUUID();
        this.organisationCode = organisationCode;
        this.caseFileId = caseFileId;
        this.username = username;
        this.reason = reason;
        this.grantedAt = now;
        this.expiresAt = now.plus(lasting);
    }

    public boolean isActive(Instant at) {
        return !at.isBefore(grantedAt) && at.isBefore(expiresAt);
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

    public String username() {
        return username;
    }

    public String reason() {
        return reason;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}

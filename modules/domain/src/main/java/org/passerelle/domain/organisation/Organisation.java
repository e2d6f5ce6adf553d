package org.passerelle.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A CCAS or a partner organisation. The code is the natural key shared with Keycloak: it is what
 * the {@code organisation} claim of a user's token carries, so it never changes once created.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @Column(name = "code", length = 64, nullable = false, updatable = false)
    private String code;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private OrganisationKind kind;

    @Column(name = "commune", length = 120)
    private String commune;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The organisation's address for notifications (a team mailbox, never a recipient of data, S2), or {@code null}. */
    @Column(name = "notification_email", length = 254)
    private String notificationEmail;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String code, String name, OrganisationKind kind, String commune, Instant at) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.commune = commune;
        this.active = true;
        this.createdAt = at;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String commune() {
        return commune;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Sets (or clears, with {@code null}) the mailbox told of the orientations sent to it. */
    public void notifyAt(String email) {
        this.notificationEmail = email;
    }

    public String notificationEmail() {
        return notificationEmail;
    }
}

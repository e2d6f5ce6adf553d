package org.passerelle.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** An Envers revision: one per transaction that changed audited data, with its actor. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionActorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    @RevisionTimestamp
    @Column(name = "at", nullable = false)
    private long at;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "organisation_code")
    private String organisationCode;

    @Column(name = "request_id")
    private String requestId;

    public long id() {
        return id;
    }

    public Instant at() {
        return Instant.ofEpochMilli(at);
    }

    public String username() {
        return username;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String requestId() {
        return requestId;
    }

    void actedBy(Actor actor) {
        this.username = actor.username();
        this.organisationCode = actor.organisation();
        this.requestId = actor.requestId();
    }
}

package org.passerelle.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.passerelle.secrecy.FieldCategory;

/**
 * An usager's objection (GDPR art. 21) to their data of these categories going to one
 * organisation, whatever the cadre. In force from its recording (S5) until the DPO records
 * compelling legitimate grounds that override it; the DPO's review is recorded once.
 */
@Entity
@Table(name = "objection")
@Audited
public class Objection {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "recipient_code", nullable = false, updatable = false)
    private String recipient;

    @Convert(converter = CategoriesConverter.class)
    @Column(name = "categories", nullable = false, updatable = false)
    private Set<FieldCategory> categories;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "means", nullable = false, updatable = false)
    private ConsentMeans means;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review", nullable = false)
    private ObjectionReview review;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "grounds_reference")
    private String groundsReference;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Objection() {
        // for JPA
    }

    /** What the usager objected to; the caller checked the recipient and the categories. */
    public record Terms(String recipient, Set<FieldCategory> categories, LocalDate receivedOn, ConsentMeans means) {

        public Terms {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(categories, "categories");
            Objects.requireNonNull(receivedOn, "receivedOn");
            Objects.requireNonNull(means, "means");
        }
    }

    public Objection(String organisationCode, UUID personId, Terms terms, String recordedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.organisationCode = organisationCode;
        this.personId = personId;
        this.recipient = terms.recipient();
        this.categories = CategoriesConverter.ordered(terms.categories());
        this.receivedOn = terms.receivedOn();
        this.means = terms.means();
        this.recordedBy = recordedBy;
        this.recordedAt = at;
        this.review = ObjectionReview.PENDING;
    }

    /**
     * The DPO's decision, once: {@code UPHELD}, or {@code OVERRIDDEN} with the reference of the
     * written decision stating the compelling grounds.
     *
     * @throws ObjectionReviewedException when it was reviewed already
     */
    public void review(ObjectionReview decision, String groundsReference, String by, Instant at) {
        Objects.requireNonNull(decision, "decision");
        if (review != ObjectionReview.PENDING) {
            throw new ObjectionReviewedException(id);
        }
        if (decision == ObjectionReview.PENDING
                || (decision == ObjectionReview.OVERRIDDEN) != (groundsReference != null)) {
            throw new IllegalArgumentException("An override needs its grounds' reference, an upheld objection none");
        }
        this.review = decision;
        this.groundsReference = groundsReference;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /** Whether it stops these categories from going to this organisation. */
    public boolean covers(String recipient, Set<FieldCategory> wanted) {
        return review.inForce()
                && this.recipient.equals(recipient)
                && wanted.stream().anyMatch(categories::contains);
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

    public String recipient() {
        return recipient;
    }

    public Set<FieldCategory> categories() {
        return categories;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public ConsentMeans means() {
        return means;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public ObjectionReview review() {
        return review;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String groundsReference() {
        return groundsReference;
    }

    public long version() {
        return version;
    }
}

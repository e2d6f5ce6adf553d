package org.passerelle.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.passerelle.secrecy.FieldCategory;

/**
 * Information préalable (S4): who told the usager, when and how, that these categories of their
 * data may go to these organisations. The first share to an organisation needs one. A record of a
 * past fact, so it is never edited: a new notice supersedes it.
 */
@Entity
@Table(name = "prior_notice")
@Audited
public class PriorNotice {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "informed_by", nullable = false, updatable = false)
    private String informedBy;

    @Column(name = "informed_at", nullable = false, updatable = false)
    private Instant informedAt;

    @Convert(converter = CategoriesConverter.class)
    @Column(name = "categories", nullable = false, updatable = false)
    private Set<FieldCategory> categories;

    @Convert(converter = OrganisationCodesConverter.class)
    @Column(name = "recipients", nullable = false, updatable = false)
    private Set<String> recipients;

    @Enumerated(EnumType.STRING)
    @Column(name = "means", nullable = false, updatable = false)
    private InformationMeans means;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PriorNotice() {
        // for JPA
    }

    public PriorNotice(
            String organisationCode,
            UUID personId,
            String informedBy,
            Instant informedAt,
            Set<FieldCategory> categories,
            Set<String> recipients,
            InformationMeans means,
            String recordedBy,
            Instant at) {
        this.id = UUID.randomUUID();
        this.organisationCode = organisationCode;
        this.personId = personId;
        this.informedBy = informedBy;
        this.informedAt = informedAt;
        this.categories = CategoriesConverter.ordered(categories);
        this.recipients = OrganisationCodesConverter.ordered(recipients);
        this.means = means;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
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

    public String informedBy() {
        return informedBy;
    }

    public Instant informedAt() {
        return informedAt;
    }

    public Set<FieldCategory> categories() {
        return categories;
    }

    public Set<String> recipients() {
        return recipients;
    }

    public InformationMeans means() {
        return means;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Whether the usager was told that these categories may go to this organisation. */
    public boolean covers(String recipient, Set<FieldCategory> wanted) {
        return recipients.contains(recipient) && categories.containsAll(wanted);
    }
}

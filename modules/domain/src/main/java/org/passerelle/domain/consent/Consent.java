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
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.passerelle.secrecy.FieldCategory;

/**
 * An usager's consent to share these categories of their data with one organisation for one
 * purpose (S4). It grounds shares from when it is given until it expires or is withdrawn; a
 * withdrawal takes effect at once (S5) and is final. Past lawful shares stay on record.
 */
@Entity
@Table(name = "consent")
@Audited
public class Consent {

    /** Consents are dated in the CCAS's time zone: "expires on the 30th" means the end of that day there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "recipient_code", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "purpose", nullable = false, updatable = false)
    private String purpose;

    @Convert(converter = CategoriesConverter.class)
    @Column(name = "categories", nullable = false, updatable = false)
    private Set<FieldCategory> categories;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "given_to", nullable = false, updatable = false)
    private String givenTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "means", nullable = false, updatable = false)
    private ConsentMeans means;

    @Column(name = "evidence_reference", updatable = false)
    private String evidenceReference;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    private WithdrawalReason withdrawalReason;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Consent() {
        // for JPA
    }

    /** What the usager agreed to; the caller checked that the recipient may receive these categories. */
    public record Terms(
            String recipient,
            String purpose,
            Set<FieldCategory> categories,
            Instant givenAt,
            String givenTo,
            ConsentMeans means,
            String evidenceReference,
            LocalDate expiresOn) {}

    public Consent(String organisationCode, UUID personId, Terms terms, String recordedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.organisationCode = organisationCode;
        this.personId = personId;
        this.recipient = terms.recipient();
        this.purpose = terms.purpose();
        this.categories = CategoriesConverter.ordered(terms.categories());
        this.givenAt = terms.givenAt();
        this.givenTo = terms.givenTo();
        this.means = terms.means();
        this.evidenceReference = terms.evidenceReference();
        this.expiresOn = terms.expiresOn();
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    /** Ends the consent now; it was given once and is withdrawn once. */
    public void withdraw(WithdrawalReason reason, String by, Instant at) {
        if (withdrawnAt != null) {
            throw new ConsentWithdrawnException(id);
        }
        this.withdrawalReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public ConsentStatus status(Instant at) {
        if (withdrawnAt != null && !at.isBefore(withdrawnAt)) {
            return ConsentStatus.WITHDRAWN;
        }
        if (expiresOn != null && at.atZone(ZONE).toLocalDate().isAfter(expiresOn)) {
            return ConsentStatus.EXPIRED;
        }
        return ConsentStatus.ACTIVE;
    }

    /** Whether, at that time, this consent lets these categories go to this organisation for this purpose. */
    public boolean covers(String recipient, String purpose, Set<FieldCategory> wanted, Instant at) {
        return status(at) == ConsentStatus.ACTIVE
                && !at.isBefore(givenAt)
                && this.recipient.equals(recipient)
                && this.purpose.equals(purpose)
                && categories.containsAll(wanted);
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

    public String purpose() {
        return purpose;
    }

    public Set<FieldCategory> categories() {
        return categories;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public String givenTo() {
        return givenTo;
    }

    public ConsentMeans means() {
        return means;
    }

    public String evidenceReference() {
        return evidenceReference;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public WithdrawalReason withdrawalReason() {
        return withdrawalReason;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public long version() {
        return version;
    }
}

package org.passerelle.domain.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.protection.FieldKeysConverter;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;

/**
 * A convention de partage: what one partner organisation may receive under one cadre for one
 * purpose (the allow-list of S3), how orientations reach it, how long it has to answer, and the
 * coded reasons it may reject them with. The partner, cadre and purpose identify it and never
 * change; the rest is revised by administrators (versioned). At most one is active per partner,
 * cadre and purpose; deactivation is final, a new convention replaces it.
 *
 * <p>The entity refuses to hold a field the partner's kind may never receive (S4: health never
 * goes to the CAF), whoever calls it.
 */
@Entity
@Table(name = "convention")
@Audited
public class Convention {

    public static final int REMINDER_DAYS_DEFAULT = 10;
    public static final int EXPIRY_DAYS_DEFAULT = 30;
    public static final int DAYS_MIN = 1;
    public static final int DAYS_MAX = 365;

    @Id
    private UUID id;

    @Column(name = "partner_code", nullable = false, updatable = false)
    private String partner;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadre", nullable = false, updatable = false)
    private Cadre cadre;

    @Column(name = "purpose", nullable = false, updatable = false)
    private String purpose;

    @Convert(converter = FieldKeysConverter.class)
    @Column(name = "allowed_fields", nullable = false)
    private Set<Field> allowedFields;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private Channel channel;

    @Column(name = "endpoint")
    private String endpoint;

    @Column(name = "partner_key_ref")
    private String partnerKeyRef;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;

    @Column(name = "expiry_days", nullable = false)
    private int expiryDays;

    @Convert(converter = RejectionReasonsConverter.class)
    @Column(name = "rejection_reasons", nullable = false)
    private List<RejectionReason> rejectionReasons;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Convention() {
        // for JPA
    }

    /**
     * What a convention lets through and how; the caller validated it field by field (these
     * checks only stop a bug from storing a convention that breaks the rules).
     *
     * @param endpoint      where an external channel delivers (a URL); none for the inbox
     * @param partnerKeyRef which of the partner's public keys payloads are encrypted to; none for the inbox
     */
    public record Terms(Set<Field> allowedFields, Channel channel, String endpoint, String partnerKeyRef,
                        int reminderDays, int expiryDays, List<RejectionReason> rejectionReasons) {

        public Terms {
            Objects.requireNonNull(allowedFields, "allowedFields");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(rejectionReasons, "rejectionReasons");
            allowedFields = FieldKeysConverter.ordered(allowedFields);
            rejectionReasons = List.copyOf(rejectionReasons);
            if (allowedFields.isEmpty()) {
                throw new IllegalArgumentException("A convention allows at least one field");
            }
            if (channel.external() == (endpoint == null)) {
                throw new IllegalArgumentException("An endpoint goes with an external channel, and only with one");
            }
            if (!channel.external() && partnerKeyRef != null) {
                throw new IllegalArgumentException("A partner key goes with an external channel only");
            }
            if (reminderDays < DAYS_MIN || expiryDays > DAYS_MAX || reminderDays >= expiryDays) {
                throw new IllegalArgumentException("Delays must satisfy 1 <= reminder < expiry <= 365 days");
            }
            Set<String> codes = new HashSet<>();
            if (rejectionReasons.isEmpty() || !rejectionReasons.stream().allMatch(r -> codes.add(r.code()))) {
                throw new IllegalArgumentException("At least one rejection reason, each code once");
            }
        }
    }

    public Convention(String partner, OrganisationKind partnerKind, Cadre cadre, String purpose, Terms terms,
                      String by, Instant at) {
        requireMayReceive(partnerKind, terms);
        this.id = UUID.randomUUID();
        this.partner = Objects.requireNonNull(partner, "partner");
        this.cadre = Objects.requireNonNull(cadre, "cadre");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.active = true;
        this.createdBy = by;
        this.createdAt = at;
        apply(terms, by, createdAt);
    }

    /** Replaces the terms; the partner, cadre and purpose stay. */
    public void revise(OrganisationKind partnerKind, Terms terms, String by, Instant at) {
        requireActive();
        requireMayReceive(partnerKind, terms);
        apply(terms, by, at);
    }

    /** Ends the convention for good: no new orientation can rest on it. */
    public void deactivate(String by, Instant at) {
        requireActive();
        this.active = false;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private void apply(Terms terms, String by, Instant at) {
        this.allowedFields = terms.allowedFields();
        this.channel = terms.channel();
        this.endpoint = terms.endpoint();
        this.partnerKeyRef = terms.partnerKeyRef();
        this.reminderDays = terms.reminderDays();
        this.expiryDays = terms.expiryDays();
        this.rejectionReasons = terms.rejectionReasons();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private void requireActive() {
        if (!active) {
            throw new ConventionInactiveException(id);
        }
    }

    private static void requireMayReceive(OrganisationKind partnerKind, Terms terms) {
        Objects.requireNonNull(partnerKind, "partnerKind");
        if (!partnerKind.isPartner()) {
            throw new IllegalArgumentException("Conventions are made with partner organisations only");
        }
        for (Field field : terms.allowedFields()) {
            if (!partnerKind.mayEverReceive(field.category())) {
                throw new IllegalArgumentException(
                        "A " + partnerKind + " may never receive " + field.category() + " data (S4)");
            }
        }
    }

    /** Whether the partner may receive this field under this convention (before narrowing and consent). */
    public boolean allows(Field field) {
        return allowedFields.contains(field);
    }

    public UUID id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    public Cadre cadre() {
        return cadre;
    }

    public String purpose() {
        return purpose;
    }

    public Set<Field> allowedFields() {
        return allowedFields;
    }

    public Channel channel() {
        return channel;
    }

    public String endpoint() {
        return endpoint;
    }

    public String partnerKeyRef() {
        return partnerKeyRef;
    }

    public int reminderDays() {
        return reminderDays;
    }

    public int expiryDays() {
        return expiryDays;
    }

    public List<RejectionReason> rejectionReasons() {
        return rejectionReasons;
    }

    public boolean isActive() {
        return active;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

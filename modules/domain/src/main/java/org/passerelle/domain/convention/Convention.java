package org.passerelle.domain.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;
import org.passerelle.domain.failure.InvalidInputException;
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
 * goes to the CAF), whoever calls it; its terms check their own grammar ({@link Terms}).
 */
@Entity
@Table(name = "convention")
@Audited
public class Convention {

    public static final int REMINDER_DAYS_DEFAULT = 10;
    /** An URGENT orientation unanswered after one working day is reminded (issue 18, item 7). */
    public static final int URGENT_REMINDER_DAYS_DEFAULT = 1;

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

    @Column(name = "urgent_reminder_days", nullable = false)
    private int urgentReminderDays;

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
     * What a convention lets through and how. It checks its own grammar, so an administrator's
     * mistake is a 422 naming the term, whoever builds it.
     *
     * @param endpoint      where an external channel delivers (a URL); none for the inbox
     * @param partnerKeyRef which of the partner's public keys payloads are encrypted to; none for the inbox
     */
    public record Terms(
            Set<Field> allowedFields,
            Channel channel,
            String endpoint,
            String partnerKeyRef,
            int reminderDays,
            int urgentReminderDays,
            int expiryDays,
            List<RejectionReason> rejectionReasons) {

        public static final int ENDPOINT_MAX = 500;
        public static final int REASONS_MAX = 20;
        private static final Pattern KEY_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+/=-]{0,199}");

        public Terms {
            if (allowedFields == null || allowedFields.isEmpty()) {
                throw new InvalidInputException("allowedFields", "is required (at least one field key)");
            }
            for (Field field : allowedFields) {
                if (!field.isShareable()) {
                    throw new InvalidInputException(
                            "allowedFields",
                            "holds " + field.key()
                                    + ", which only the orientation's own exchange carries and no convention can allow");
                }
            }
            allowedFields = FieldKeysConverter.ordered(allowedFields);
            Objects.requireNonNull(channel, "channel");
            requireEndpoint(channel, endpoint);
            if (partnerKeyRef != null && !channel.external()) {
                throw new InvalidInputException("partnerKeyRef", "is only for the HTTPS, SFTP and AMQP channels");
            }
            if (partnerKeyRef != null && !KEY_REF.matcher(partnerKeyRef).matches()) {
                throw new InvalidInputException(
                        "partnerKeyRef",
                        "is not a key reference (letters, digits and ._:+/=-, at most 200, no spaces)");
            }
            requireDays("reminderDays", reminderDays);
            requireDays("urgentReminderDays", urgentReminderDays);
            requireDays("expiryDays", expiryDays);
            if (reminderDays >= expiryDays) {
                throw new InvalidInputException("reminderDays", "must be shorter than expiryDays");
            }
            if (urgentReminderDays > reminderDays) {
                throw new InvalidInputException("urgentReminderDays", "must not be longer than reminderDays");
            }
            rejectionReasons = reasons(rejectionReasons);
        }

        /** S4 for this partner: a field of a category its kind may never receive is refused, whoever asks. */
        void requireMayBeReceivedBy(OrganisationKind partnerKind) {
            Objects.requireNonNull(partnerKind, "partnerKind");
            if (!partnerKind.isPartner()) {
                throw new InvalidInputException("partner", "names no partner organisation");
            }
            for (Field field : allowedFields) {
                if (!partnerKind.mayEverReceive(field.category())) {
                    throw new InvalidInputException(
                            "allowedFields",
                            "holds " + field.key() + ", "
                                    + field.category() + " data, which a " + partnerKind
                                    + " may never receive (S4: health never goes to the CAF)");
                }
            }
        }

        private static void requireEndpoint(Channel channel, String endpoint) {
            if (!channel.external()) {
                if (endpoint != null) {
                    throw new InvalidInputException("endpoint", "is only for the HTTPS, SFTP and AMQP channels");
                }
                return;
            }
            if (endpoint == null || endpoint.isBlank()) {
                throw new InvalidInputException("endpoint", "is required for the " + channel + " channel");
            }
            Set<String> schemes = switch (channel) {
                case HTTPS -> Set.of("https");
                case SFTP -> Set.of("sftp");
                case AMQP -> Set.of("amqp", "amqps");
                case INBOX -> Set.of();
            };
            URI uri;
            try {
                uri = endpoint.length() > ENDPOINT_MAX ? null : new URI(endpoint);
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null || uri.getScheme() == null || !schemes.contains(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidInputException(
                        "endpoint",
                        "is not a " + schemes + " URL with a host (at most " + ENDPOINT_MAX + " characters)");
            }
            if (uri.getUserInfo() != null) {
                // Credentials come from the environment, never from the database (STYLE: config).
                throw new InvalidInputException("endpoint", "must not carry credentials");
            }
        }

        private static void requireDays(String term, int days) {
            if (days < DAYS_MIN || days > DAYS_MAX) {
                throw new InvalidInputException(term, "is not between " + DAYS_MIN + " and " + DAYS_MAX + " days");
            }
        }

        private static List<RejectionReason> reasons(List<RejectionReason> given) {
            if (given == null || given.isEmpty()) {
                throw new InvalidInputException("rejectionReasons", "is required (at least one code and label)");
            }
            if (given.size() > REASONS_MAX) {
                throw new InvalidInputException("rejectionReasons", "holds more than " + REASONS_MAX + " reasons");
            }
            Set<String> codes = new HashSet<>();
            for (RejectionReason reason : given) {
                if (reason == null) {
                    throw new InvalidInputException("rejectionReasons", "holds an empty reason");
                }
                if (!codes.add(reason.code())) {
                    throw new InvalidInputException("rejectionReasons", "holds the code " + reason.code() + " twice");
                }
            }
            return List.copyOf(given);
        }
    }

    public Convention(
            String partner,
            OrganisationKind partnerKind,
            Cadre cadre,
            String purpose,
            Terms terms,
            String by,
            Instant at) {
        terms.requireMayBeReceivedBy(partnerKind);
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
        terms.requireMayBeReceivedBy(partnerKind);
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
        this.urgentReminderDays = terms.urgentReminderDays();
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

    /** Working days without an answer before the sender and the partner are reminded of an URGENT orientation. */
    public int urgentReminderDays() {
        return urgentReminderDays;
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

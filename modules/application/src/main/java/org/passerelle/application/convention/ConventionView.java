package org.passerelle.application.convention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.convention.Channel;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;

/**
 * A convention as its readers see it. Agents get no endpoint nor key reference: they pick fields,
 * they do not wire partners.
 */
public record ConventionView(
        UUID id,
        String partner,
        Cadre cadre,
        String purpose,
        Set<Field> allowedFields,
        Channel channel,
        String endpoint,
        String partnerKeyRef,
        int reminderDays,
        int urgentReminderDays,
        int expiryDays,
        List<RejectionReason> rejectionReasons,
        boolean active,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    static ConventionView of(Convention c, boolean wiring) {
        return new ConventionView(
                c.id(),
                c.partner(),
                c.cadre(),
                c.purpose(),
                c.allowedFields(),
                c.channel(),
                wiring ? c.endpoint() : null,
                wiring ? c.partnerKeyRef() : null,
                c.reminderDays(),
                c.urgentReminderDays(),
                c.expiryDays(),
                c.rejectionReasons(),
                c.isActive(),
                c.createdBy(),
                c.createdAt(),
                c.updatedBy(),
                c.updatedAt(),
                c.version());
    }

    /** Whether the partner may receive this field under this convention (before the sender narrows it, S3). */
    public boolean allows(Field field) {
        return allowedFields.contains(field);
    }

    /** The rejection reason with this code, if the convention offers it. */
    public Optional<RejectionReason> rejectionReason(String code) {
        return rejectionReasons.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}

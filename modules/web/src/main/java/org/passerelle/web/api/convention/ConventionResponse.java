package org.passerelle.web.api.convention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.passerelle.application.convention.ConventionView;
import org.passerelle.domain.convention.Channel;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;

/**
 * A convention: the allowed fields by their catalogue keys in catalogue order, the cadre with the
 * article it rests on. Endpoint and key reference are absent for the inbox, and for agents.
 */
public record ConventionResponse(
        UUID id,
        String partner,
        Cadre cadre,
        String legalSource,
        String purpose,
        List<String> allowedFields,
        Channel channel,
        String endpoint,
        String partnerKeyRef,
        int reminderDays,
        int urgentReminderDays,
        int expiryDays,
        List<RejectionReason> rejectionReasons,
        boolean active,
        long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    static ConventionResponse of(ConventionView v) {
        return new ConventionResponse(
                v.id(),
                v.partner(),
                v.cadre(),
                v.cadre().legalSource(),
                v.purpose(),
                v.allowedFields().stream().map(Field::key).toList(),
                v.channel(),
                v.endpoint(),
                v.partnerKeyRef(),
                v.reminderDays(),
                v.urgentReminderDays(),
                v.expiryDays(),
                v.rejectionReasons(),
                v.active(),
                v.version(),
                v.createdBy(),
                v.createdAt(),
                v.updatedBy(),
                v.updatedAt());
    }
}

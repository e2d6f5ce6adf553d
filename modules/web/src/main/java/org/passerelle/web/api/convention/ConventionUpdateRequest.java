package org.passerelle.web.api.convention;

import java.util.List;
import org.passerelle.application.convention.ConventionTerms;
import org.passerelle.domain.convention.Channel;

/**
 * The new terms of a convention, replacing all of them: a term left out takes its default, as on
 * creation ({@code INBOX}, reminder after 10 days (1 working day when urgent), expiry after 30, the standard rejection
 * reasons; an absent endpoint or key reference means none). The partner, cadre and purpose
 * identify the convention and cannot change: a different one is a new convention.
 */
public record ConventionUpdateRequest(
        List<String> allowedFields,
        Channel channel,
        String endpoint,
        String partnerKeyRef,
        Integer reminderDays,
        Integer urgentReminderDays,
        Integer expiryDays,
        List<ConventionTerms.Reason> rejectionReasons) {

    ConventionTerms toTerms() {
        return new ConventionTerms(
                allowedFields,
                channel,
                endpoint,
                partnerKeyRef,
                reminderDays,
                urgentReminderDays,
                expiryDays,
                rejectionReasons);
    }
}

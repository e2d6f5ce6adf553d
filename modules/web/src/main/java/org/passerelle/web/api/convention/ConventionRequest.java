package org.passerelle.web.api.convention;

import java.util.List;
import org.passerelle.application.convention.ConventionDetails;
import org.passerelle.application.convention.ConventionTerms;
import org.passerelle.domain.convention.Channel;
import org.passerelle.secrecy.Cadre;

/**
 * A new convention. Absent terms take the defaults: {@code INBOX}, reminder after 10 days (1 working day when urgent), expiry
 * after 30, the standard rejection reasons.
 */
public record ConventionRequest(
        String partner,
        Cadre cadre,
        String purpose,
        List<String> allowedFields,
        Channel channel,
        String endpoint,
        String partnerKeyRef,
        Integer reminderDays,
        Integer urgentReminderDays,
        Integer expiryDays,
        List<ConventionTerms.Reason> rejectionReasons) {

    ConventionDetails toDetails() {
        return new ConventionDetails(
                partner,
                cadre,
                purpose,
                new ConventionTerms(
                        allowedFields,
                        channel,
                        endpoint,
                        partnerKeyRef,
                        reminderDays,
                        urgentReminderDays,
                        expiryDays,
                        rejectionReasons));
    }
}

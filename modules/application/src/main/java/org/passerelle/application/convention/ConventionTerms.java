package org.passerelle.application.convention;

import java.util.List;
import org.passerelle.domain.convention.Channel;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.RejectionReason;

/**
 * What an administrator writes in a convention, beyond the partner, cadre and purpose that
 * identify it. A term left out (null) takes its default, on a creation and on a revision alike
 * ({@link #withDefaults}); the allowed fields have none.
 *
 * @param allowedFields    field catalogue keys, e.g. {@code person.lastName}
 * @param channel          how orientations reach the partner; {@code INBOX} by default
 * @param endpoint         the partner system's URL for HTTPS, SFTP and AMQP; absent for the inbox
 * @param partnerKeyRef    which partner public key to encrypt to (a fingerprint or alias); absent for the inbox
 * @param reminderDays     days without an answer before the sender is reminded; 10 by default
 * @param urgentReminderDays working days without an answer before an URGENT orientation is reminded; 1 by default
 * @param expiryDays       days without an answer before the orientation expires; 30 by default
 * @param rejectionReasons the coded reasons the partner may reject with, in the order offered; the
 *                         standard ones by default
 */
public record ConventionTerms(
        List<String> allowedFields,
        Channel channel,
        String endpoint,
        String partnerKeyRef,
        Integer reminderDays,
        Integer urgentReminderDays,
        Integer expiryDays,
        List<Reason> rejectionReasons) {

    /** A rejection reason as written: checked by the service, so a bad one is a 422 naming the field. */
    public record Reason(String code, String label) {}

    /** These terms with the default in place of each term left out; the one place the defaults are applied. */
    public ConventionTerms withDefaults() {
        return new ConventionTerms(
                allowedFields,
                channel == null ? Channel.INBOX : channel,
                endpoint,
                partnerKeyRef,
                reminderDays == null ? Convention.REMINDER_DAYS_DEFAULT : reminderDays,
                urgentReminderDays == null ? Convention.URGENT_REMINDER_DAYS_DEFAULT : urgentReminderDays,
                expiryDays == null ? Convention.EXPIRY_DAYS_DEFAULT : expiryDays,
                rejectionReasons == null
                        ? RejectionReason.STANDARD.stream()
                                .map(r -> new Reason(r.code(), r.label()))
                                .toList()
                        : rejectionReasons);
    }
}

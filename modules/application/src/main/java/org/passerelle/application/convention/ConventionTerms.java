package org.passerelle.application.convention;

import java.util.List;
import org.passerelle.domain.convention.Channel;

/**
 * What an administrator writes in a convention, beyond the partner, cadre and purpose that
 * identify it.
 *
 * @param allowedFields    field catalogue keys, e.g. {@code person.lastName}
 * @param channel          how orientations reach the partner
 * @param endpoint         the partner system's URL for HTTPS, SFTP and AMQP; absent for the inbox
 * @param partnerKeyRef    which partner public key to encrypt to (a fingerprint or alias); absent for the inbox
 * @param reminderDays     days without an answer before the sender is reminded
 * @param expiryDays       days without an answer before the orientation expires
 * @param rejectionReasons the coded reasons the partner may reject with, in the order offered
 */
public record ConventionTerms(List<String> allowedFields, Channel channel, String endpoint,
                              String partnerKeyRef, Integer reminderDays, Integer expiryDays,
                              List<Reason> rejectionReasons) {

    /** A rejection reason as written: checked by the service, so a bad one is a 422 naming the field. */
    public record Reason(String code, String label) {
    }
}

package org.passerelle.application.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * One e-mail to send once the transaction commits: its address, and a subject and body that hold
 * no personal data of the usager (only what happened to the orientation and a link).
 *
 * @param to         one address: an organisation's mailbox or the sending agent's
 * @param referralId the orientation it is about (also a header, {@code X-Passerelle-Referral})
 * @param event      what happened: a timeline kind (SEND, ACCEPT, REMIND, ...), header {@code X-Passerelle-Event}
 */
public record Notice(String to, UUID referralId, String event, String subject, String body) {

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** The address's domain only, for logs (an agent's address names them). */
    String toDomain() {
        int at = to.lastIndexOf('@');
        return at < 0 ? "?" : "*" + to.substring(at);
    }

    @Override
    public String toString() {
        return "Notice[" + event + " " + referralId + " to " + toDomain() + "]";
    }
}

package org.passerelle.application.referral;

import org.passerelle.domain.referral.Referral;

/**
 * The professional contact of the CCAS agent who sent an orientation, as its partner reads it
 * (issue 18, item 4): the name, e-mail and phone the identity provider gave at creation, each
 * possibly null. Staff data, not the usager's: not sealed, never logged nor journaled as a value.
 */
public record SenderContact(String username, String name, String email, String phone) {

    static final int NAME_MAX = 200;
    static final int PHONE_MAX = 40;

    static SenderContact of(Referral referral) {
        return new SenderContact(
                referral.sender(), referral.senderName(), referral.senderEmail(), referral.senderPhone());
    }

    /** A claim as stored: blank as null, cut to the column's width. */
    static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }
}

package org.passerelle.secrecy.referral;

import java.util.Objects;
import java.util.Set;
import org.passerelle.secrecy.FieldCategory;

/** An information préalable on record for the usager: which categories they were told may go to whom (S4). */
public record NoticeFacts(Set<String> recipients, Set<FieldCategory> categories) {

    public NoticeFacts {
        recipients = Set.copyOf(Objects.requireNonNull(recipients, "recipients"));
        categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
    }
}

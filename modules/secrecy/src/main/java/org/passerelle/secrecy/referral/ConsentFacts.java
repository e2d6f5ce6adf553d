package org.passerelle.secrecy.referral;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.passerelle.secrecy.FieldCategory;

/**
 * A consent of the usager's that is active now (the caller leaves out withdrawn, expired and
 * not-yet-given ones): to which organisation, for which purpose, which categories (S4).
 */
public record ConsentFacts(UUID id, String recipient, String purpose, Set<FieldCategory> categories) {

    public ConsentFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
    }
}

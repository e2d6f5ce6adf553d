package org.passerelle.secrecy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The field catalogue: every personal field Passerelle holds, with a stable key and its
 * {@link FieldCategory}. The journal records these keys (never values), conventions list them in
 * their allow-lists, and the user interface labels them; so a key, once published, never changes.
 */
public enum Field {
    PERSON_LAST_NAME("person.lastName", FieldCategory.IDENTITY),
    PERSON_FIRST_NAMES("person.firstNames", FieldCategory.IDENTITY),
    PERSON_BIRTH_NAME("person.birthName", FieldCategory.IDENTITY),
    PERSON_BIRTH_DATE("person.birthDate", FieldCategory.IDENTITY),
    PERSON_NIR("person.nir", FieldCategory.NIR),
    PERSON_ADDRESS("person.address", FieldCategory.CONTACT),
    PERSON_PHONE("person.phone", FieldCategory.CONTACT),
    PERSON_EMAIL("person.email", FieldCategory.CONTACT),
    PERSON_PREFERRED_LANGUAGE("person.preferredLanguage", FieldCategory.CONTACT),
    PERSON_CONTACT_CHANNEL("person.contactChannel", FieldCategory.CONTACT),
    CASE_HOUSEHOLD("case.household", FieldCategory.FAMILY),
    CASE_RESOURCES("case.resources", FieldCategory.RESOURCES),
    CASE_HOUSING("case.housing", FieldCategory.HOUSING),
    CASE_HEALTH_NOTES("case.healthNotes", FieldCategory.HEALTH),
    CASE_RSA_STATUS("case.rsaStatus", FieldCategory.RSA),
    NOTE_BODY("note.body", FieldCategory.NOTES),
    /**
     * The reason an agent writes for the partner's triage (S2): free text, so sealed like a note.
     * It travels in the triage view, never as a picked field ({@link #isShareable()}).
     */
    REFERRAL_REASON("referral.reason", FieldCategory.NOTES),
    /** A message exchanged on an orientation (rejection, information request): free text, sealed. */
    REFERRAL_MESSAGE("referral.message", FieldCategory.NOTES);

    private static final Map<String, Field> BY_KEY = new HashMap<>();

    static {
        for (Field field : values()) {
            if (BY_KEY.put(field.key, field) != null) {
                throw new IllegalStateException("Duplicate field key " + field.key);
            }
        }
    }

    private final String key;
    private final FieldCategory category;

    Field(String key, FieldCategory category) {
        this.key = key;
        this.category = category;
    }

    /** The stable key, {@code <entity>.<property>}, e.g. {@code person.nir}. */
    public String key() {
        return key;
    }

    /** The category consents, conventions and the policy grant this field by. */
    public FieldCategory category() {
        return category;
    }

    /**
     * Whether this is dossier data a share may carry and a convention may allow (S3): the usager's
     * and the dossier's fields and the body of partageable notes (S9); {@link #NOTE_BODY} in an
     * allow-list allows notes, which the sender picks one by one rather than as a field. An
     * orientation's own texts are not: they go to the partner as part of the orientation.
     */
    public boolean isShareable() {
        return key.startsWith("person.") || key.startsWith("case.") || this == NOTE_BODY;
    }

    /** The field with exactly this key, or empty (keys come from requests and stored conventions). */
    public static Optional<Field> byKey(String key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Every field of the given categories, unmodifiable, in catalogue order. */
    public static Set<Field> inCategories(Set<FieldCategory> categories) {
        Objects.requireNonNull(categories, "categories");
        EnumSet<Field> fields = EnumSet.noneOf(Field.class);
        for (Field field : values()) {
            if (categories.contains(field.category)) {
                fields.add(field);
            }
        }
        return Collections.unmodifiableSet(fields);
    }
}

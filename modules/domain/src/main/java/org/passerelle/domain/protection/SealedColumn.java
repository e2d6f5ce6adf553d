package org.passerelle.domain.protection;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.secrecy.Field;

/**
 * Where each field of the catalogue is stored. The table and column are part of the associated
 * data of the field's ciphertext, so they must never change once data exists (a rename needs a
 * re-encryption).
 */
public enum SealedColumn {
    PERSON_LAST_NAME(Field.PERSON_LAST_NAME, "person", "last_name"),
    PERSON_FIRST_NAMES(Field.PERSON_FIRST_NAMES, "person", "first_names"),
    PERSON_BIRTH_NAME(Field.PERSON_BIRTH_NAME, "person", "birth_name"),
    PERSON_BIRTH_DATE(Field.PERSON_BIRTH_DATE, "person", "birth_date"),
    PERSON_NIR(Field.PERSON_NIR, "person", "nir"),
    PERSON_ADDRESS(Field.PERSON_ADDRESS, "person", "address"),
    PERSON_PHONE(Field.PERSON_PHONE, "person", "phone"),
    PERSON_EMAIL(Field.PERSON_EMAIL, "person", "email"),
    PERSON_PREFERRED_LANGUAGE(Field.PERSON_PREFERRED_LANGUAGE, "person", "preferred_language"),
    PERSON_CONTACT_CHANNEL(Field.PERSON_CONTACT_CHANNEL, "person", "contact_channel"),
    CASE_HOUSEHOLD(Field.CASE_HOUSEHOLD, "case_file", "household"),
    CASE_RESOURCES(Field.CASE_RESOURCES, "case_file", "resources"),
    CASE_HOUSING(Field.CASE_HOUSING, "case_file", "housing"),
    CASE_HEALTH_NOTES(Field.CASE_HEALTH_NOTES, "case_file", "health_notes"),
    CASE_RSA_STATUS(Field.CASE_RSA_STATUS, "case_file", "rsa_status"),
    NOTE_BODY(Field.NOTE_BODY, "note", "body"),
    REFERRAL_REASON(Field.REFERRAL_REASON, "referral", "reason"),
    REFERRAL_MESSAGE(Field.REFERRAL_MESSAGE, "referral_event", "message");

    private static final Map<Field, SealedColumn> BY_FIELD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(SealedColumn::field, Function.identity()));

    private final Field field;
    private final String table;
    private final String column;

    SealedColumn(Field field, String table, String column) {
        this.field = field;
        this.table = table;
        this.column = column;
    }

    public static SealedColumn of(Field field) {
        SealedColumn column = BY_FIELD.get(field);
        if (column == null) {
            throw new IllegalArgumentException("No sealed column for " + field.key());
        }
        return column;
    }

    public Field field() {
        return field;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }
}

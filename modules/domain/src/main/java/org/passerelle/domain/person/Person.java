package org.passerelle.domain.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;

/**
 * An usager of a CCAS. Every personal value is a ciphertext sealed by the application; the entity
 * never sees plaintext. The id is assigned here, before the insert, because it is bound into the
 * ciphertexts.
 */
@Entity
@Table(name = "person")
@Audited
public class Person implements SealedRow {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    @Column(name = "last_name", nullable = false)
    private byte[] lastName;

    @Column(name = "first_names", nullable = false)
    private byte[] firstNames;

    @Column(name = "birth_name")
    private byte[] birthName;

    @Column(name = "birth_date", nullable = false)
    private byte[] birthDate;

    @Column(name = "nir")
    private byte[] nir;

    @Column(name = "address")
    private byte[] address;

    @Column(name = "phone")
    private byte[] phone;

    @Column(name = "email")
    private byte[] email;

    @Column(name = "preferred_language")
    private byte[] preferredLanguage;

    @Column(name = "contact_channel")
    private byte[] contactChannel;

    /** Blind indexes: equality search only; not history. */
    @NotAudited
    @Column(name = "nir_bidx")
    private byte[] nirIndex;

    @NotAudited
    @Column(name = "name_bidx", nullable = false)
    private byte[] nameIndex;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Person() {
        // for JPA
    }

    public Person(String organisationCode, int keyVersion, Instant at) {
        this.id = UUID.randomUUID();
        this.organisationCode = organisationCode;
        this.keyVersion = keyVersion;
        this.createdAt = at;
        this.updatedAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }

    /** The NIR's blind index, or {@code null} when no NIR is recorded. */
    public byte[] nirIndex() {
        return nirIndex;
    }

    public byte[] nameIndex() {
        return nameIndex;
    }

    public void indexBy(byte[] nirIndex, byte[] nameIndex) {
        this.nirIndex = nirIndex;
        this.nameIndex = nameIndex;
    }

    @Override
    public String owner() {
        return organisationCode;
    }

    @Override
    public String rowId() {
        return id.toString();
    }

    @Override
    public int keyVersion() {
        return keyVersion;
    }

    @Override
    public byte[] sealed(Field field) {
        return switch (field) {
            case PERSON_LAST_NAME -> lastName;
            case PERSON_FIRST_NAMES -> firstNames;
            case PERSON_BIRTH_NAME -> birthName;
            case PERSON_BIRTH_DATE -> birthDate;
            case PERSON_NIR -> nir;
            case PERSON_ADDRESS -> address;
            case PERSON_PHONE -> phone;
            case PERSON_EMAIL -> email;
            case PERSON_PREFERRED_LANGUAGE -> preferredLanguage;
            case PERSON_CONTACT_CHANNEL -> contactChannel;
            default -> throw new IllegalArgumentException(field.key() + " is not a field of a person");
        };
    }

    @Override
    public void seal(Field field, byte[] ciphertext) {
        switch (field) {
            case PERSON_LAST_NAME -> lastName = ciphertext;
            case PERSON_FIRST_NAMES -> firstNames = ciphertext;
            case PERSON_BIRTH_NAME -> birthName = ciphertext;
            case PERSON_BIRTH_DATE -> birthDate = ciphertext;
            case PERSON_NIR -> nir = ciphertext;
            case PERSON_ADDRESS -> address = ciphertext;
            case PERSON_PHONE -> phone = ciphertext;
            case PERSON_EMAIL -> email = ciphertext;
            case PERSON_PREFERRED_LANGUAGE -> preferredLanguage = ciphertext;
            case PERSON_CONTACT_CHANNEL -> contactChannel = ciphertext;
            default -> throw new IllegalArgumentException(field.key() + " is not a field of a person");
        }
    }
}

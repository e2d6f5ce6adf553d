package org.passerelle.bench.envers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;

/**
 * P5's baseline: the domain's {@code Person} mapped field for field, column for column, but not
 * {@code @Audited}, on {@code person_unaudited} (a copy of {@code person} with its indexes and
 * foreign key). Envers ignores it; everything else Hibernate does for a write is the same. It
 * exists only in the benchmark.
 */
@Entity
@Table(name = "person_unaudited")
public class UnauditedPerson implements SealedRow {

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

    @Column(name = "nir_bidx")
    private byte[] nirIndex;
    @Column(name = "name_bidx", nullable = false)
    private byte[] nameIndex;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UnauditedPerson() {
        // for JPA
    }

    public UnauditedPerson(String organisationCode, int keyVersion) {
        this.id = UUID.randomUUID();
        this.organisationCode = organisationCode;
        this.keyVersion = keyVersion;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public void touch() {
        this.updatedAt = Instant.now();
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

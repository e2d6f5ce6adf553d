package org.passerelle.bench.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An usager in plaintext: the columns of the application's {@code person} without encryption, blind
 * indexes or history. The benchmark fills {@code bench_plain_person} with the same values as the
 * encrypted rows, under the same ids.
 */
@Entity
@Table(name = "bench_plain_person")
public class PlainPerson {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false)
    private String organisationCode;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_names", nullable = false)
    private String firstNames;

    @Column(name = "birth_name")
    private String birthName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "nir")
    private String nir;

    @Column(name = "address")
    private String address;

    @Column(name = "phone")
    private String phone;

    @Column(name = "email")
    private String email;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "contact_channel")
    private String contactChannel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlainPerson() {
        // for JPA
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    /** The answer of {@code GET /api/v1/persons/{id}}: every field, the NIR masked as the API masks it. */
    PlainPersonResponse response() {
        return new PlainPersonResponse(
                id,
                true,
                lastName,
                firstNames,
                birthName,
                birthDate,
                masked(nir),
                address,
                phone,
                email,
                preferredLanguage,
                contactChannel);
    }

    /** As {@code Nir.masked()}: bullets, then the last four characters as "12 34". */
    static String masked(String nir) {
        if (nir == null || nir.length() < 4) {
            return nir;
        }
        String tail = nir.substring(nir.length() - 4);
        return "•".repeat(nir.length() - 4) + tail.substring(0, 2) + " " + tail.substring(2);
    }
}

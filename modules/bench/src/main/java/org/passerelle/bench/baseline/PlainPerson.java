package org.passerelle.bench.baseline;

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
 * encrypted rows, under the same ids. Columns are the fields' names in snake case (the unit's naming
 * strategy).
 */
@Entity
@Table(name = "bench_plain_person")
public class PlainPerson {

    @Id
    private UUID id;

    private String organisationCode;
    private String lastName;
    private String firstNames;
    private String birthName;
    private LocalDate birthDate;
    private String nir;
    private String address;
    private String phone;
    private String email;
    private String preferredLanguage;
    private String contactChannel;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected PlainPerson() {
        // for JPA
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

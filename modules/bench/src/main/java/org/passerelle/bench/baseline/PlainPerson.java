package org.passerelle.bench.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An usager in plaintext: the columns of the application's {@code person} without encryption, blind
 * indexes or history. The benchmark fills {@code bench_plain_person} with the same values as the
 * encrypted rows, under the same ids. Columns are the fields' names in snake case (the unit's naming
 * strategy). Written as JSON, it is the answer of {@code GET /api/v1/persons/{id}}: every field, the
 * NIR masked as the API masks it.
 */
@Entity
@Table(name = "bench_plain_person")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class PlainPerson {

    @Id
    private UUID id;

    @Transient
    private final boolean accessible = true;

    @JsonIgnore
    private String organisationCode;

    private String lastName;
    private String firstNames;
    private String birthName;
    private LocalDate birthDate;

    @JsonIgnore
    @Column(name = "nir")
    private String plainNir;

    private String address;
    private String phone;
    private String email;
    private String preferredLanguage;
    private String contactChannel;

    @JsonIgnore
    private Instant createdAt;

    @JsonIgnore
    private Instant updatedAt;

    @JsonIgnore
    @Version
    private long version;

    protected PlainPerson() {
        // for JPA
    }

    long version() {
        return version;
    }

    /** As {@code Nir.masked()}: bullets, then the last four characters as "12 34". */
    @JsonProperty("nir")
    String nir() {
        if (plainNir == null || plainNir.length() < 4) {
            return plainNir;
        }
        String tail = plainNir.substring(plainNir.length() - 4);
        return "•".repeat(plainNir.length() - 4) + tail.substring(0, 2) + " " + tail.substring(2);
    }
}

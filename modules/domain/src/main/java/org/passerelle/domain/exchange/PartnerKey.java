package org.passerelle.domain.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;

/**
 * A partner system's public material, as an administrator registered it: the OpenPGP key its
 * messages are signed with and ours are encrypted to (the conventions name it by fingerprint),
 * and what Passerelle pins when it connects: the TLS certificate of an HTTPS endpoint, the host
 * key of an SFTP server. Public keys only; replacing them is audited.
 */
@Entity
@Table(name = "partner_key")
@Audited
public class PartnerKey {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{40}");

    @Id
    @Column(name = "partner_code")
    private String partner;

    @Column(name = "fingerprint", nullable = false)
    private String fingerprint;

    @Column(name = "openpgp", nullable = false)
    private String openPgp;

    @Column(name = "tls_certificate")
    private String tlsCertificate;

    @Column(name = "ssh_host_key")
    private String sshHostKey;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PartnerKey() {
        // for JPA
    }

    /** The material itself; the caller checked that the OpenPGP key parses and has this fingerprint. */
    public record Material(String fingerprint, String openPgp, String tlsCertificate, String sshHostKey) {

        public Material {
            Objects.requireNonNull(openPgp, "openPgp");
            if (fingerprint == null || !FINGERPRINT.matcher(fingerprint).matches()) {
                throw new IllegalArgumentException("A fingerprint is 40 upper-case hexadecimal digits");
            }
        }
    }

    public PartnerKey(String partner, Material material, String by, Instant at) {
        this.partner = Objects.requireNonNull(partner, "partner");
        replace(material, by, at);
    }

    public void replace(Material material, String by, Instant at) {
        Objects.requireNonNull(material, "material");
        this.fingerprint = material.fingerprint();
        this.openPgp = material.openPgp();
        this.tlsCertificate = material.tlsCertificate();
        this.sshHostKey = material.sshHostKey();
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public String partner() {
        return partner;
    }

    public Material material() {
        return new Material(fingerprint, openPgp, tlsCertificate, sshHostKey);
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

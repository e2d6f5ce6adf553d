package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.exchange.PartnerKey;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.exchange.PartnerExchange;
import org.passerelle.secrecy.Role;

/**
 * The partners' public keys, registered by administrators (docs/partner-exchange.md §1): each is
 * checked (an OpenPGP public key that parses, an X.509 certificate, an OpenSSH host key line)
 * before conventions may name it, and replacing one is audited.
 */
@ApplicationScoped
public class PartnerKeyService {

    private static final Pattern SSH_HOST_KEY = Pattern.compile(
            "(ecdsa-sha2-nistp(256|384|521)|ssh-ed25519|rsa-sha2-(256|512)|ssh-rsa) [A-Za-z0-9+/]+={0,3}( [^\\r\\n]{0,200})?");
    private static final int ARMOR_MAX = 64 * 1024;

    @Inject
    AccessGate gate;

    @Inject
    ExchangeRepository exchange;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Event<ChannelsChanged> changed;

    @Inject
    Clock clock;

    @Transactional
    public List<PartnerKeyView> list(Caller caller) {
        requireAdmin(caller);
        return exchange.partnerKeys().stream().map(PartnerKeyView::of).toList();
    }

    /** Registers or replaces a partner's keys; conventions naming the old fingerprint stop delivering until revised. */
    @Transactional
    public PartnerKeyView register(Caller caller, String partnerCode, PartnerKeyDetails details) {
        requireAdmin(caller);
        Organisation partner = Optional.ofNullable(partnerCode)
                .flatMap(organisations::find)
                .filter(o -> o.isActive() && o.kind().isPartner())
                .orElseThrow(() -> new InvalidInputException("partner", "names no partner organisation"));
        if (details == null
                || details.openpgp() == null
                || details.openpgp().isBlank()
                || details.openpgp().length() > ARMOR_MAX) {
            throw new InvalidInputException("openpgp", "is required (an armored OpenPGP public key)");
        }
        String fingerprint = PartnerExchange.fingerprintOf(details.openpgp())
                .orElseThrow(() -> new InvalidInputException(
                        "openpgp", "is not an armored OpenPGP public key with a signing key and an encryption subkey"));
        String certificate = blankToNull(details.tlsCertificate());
        if (certificate != null) {
            requireCertificate(certificate);
        }
        String hostKey = blankToNull(details.sshHostKey());
        if (hostKey != null && !SSH_HOST_KEY.matcher(hostKey.strip()).matches()) {
            throw new InvalidInputException(
                    "sshHostKey", "is not an OpenSSH public key line (e.g. ecdsa-sha2-nistp256 AAAA...)");
        }
        PartnerKey.Material material = new PartnerKey.Material(
                fingerprint, details.openpgp(), certificate, hostKey == null ? null : hostKey.strip());
        Instant now = clock.instant();
        PartnerKey key = exchange.partnerKey(partner.code()).orElse(null);
        if (key == null) {
            key = new PartnerKey(partner.code(), material, caller.username(), now);
            exchange.add(key);
        } else {
            key.replace(material, caller.username(), now);
        }
        exchange.flush();
        // Journaled and raised to the DPO (issue 15, item 9): who repointed which partner, never the key.
        gate.record(
                caller,
                JournalAction.ADMINISTRATION,
                Target.organisation(caller.organisation()),
                List.of(),
                "partner-keys:" + partner.code());
        changed.fire(new ChannelsChanged());
        return PartnerKeyView.of(key);
    }

    private static void requireCertificate(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            if (pem.length() > ARMOR_MAX
                    || !(factory.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                            instanceof X509Certificate)) {
                throw new CertificateException();
            }
        } catch (CertificateException e) {
            throw new InvalidInputException("tlsCertificate", "is not a PEM X.509 certificate");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void requireAdmin(Caller caller) {
        gate.requireRole(caller, JournalAction.UPDATE, Role.ADMIN);
    }
}

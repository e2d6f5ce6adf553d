package org.passerelle.application.channel;

import java.time.Instant;
import org.passerelle.domain.exchange.PartnerKey;

/** A partner's registered public material, as administrators see it. */
public record PartnerKeyView(
        String partner,
        String fingerprint,
        String openpgp,
        String tlsCertificate,
        String sshHostKey,
        String updatedBy,
        Instant updatedAt,
        long version) {

    static PartnerKeyView of(PartnerKey key) {
        PartnerKey.Material m = key.material();
        return new PartnerKeyView(
                key.partner(),
                m.fingerprint(),
                m.openPgp(),
                m.tlsCertificate(),
                m.sshHostKey(),
                key.updatedBy(),
                key.updatedAt(),
                key.version());
    }
}

package org.passerelle.exchange;

import java.net.URI;
import java.util.Objects;

/**
 * A partner system as its convention and registered keys describe it.
 *
 * @param endpoint          where to deliver (https://…, sftp://host:port, amqp://host:port); none when
 *                          only the key is needed (checking a signature)
 * @param openPgpPublicKey  the partner's armored OpenPGP public key
 * @param tlsCertificatePem the certificate its HTTPS endpoint must present (pinned)
 * @param sshHostKey        the host key its SFTP server must present, as an OpenSSH line (pinned)
 */
public record PartnerEndpoint(
        String partnerCode,
        ChannelKind channel,
        URI endpoint,
        String openPgpPublicKey,
        String tlsCertificatePem,
        String sshHostKey) {

    public PartnerEndpoint {
        Objects.requireNonNull(partnerCode, "partnerCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(openPgpPublicKey, "openPgpPublicKey");
    }
}

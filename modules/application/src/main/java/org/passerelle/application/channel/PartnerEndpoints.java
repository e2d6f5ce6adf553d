package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.passerelle.domain.convention.Channel;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.exchange.PartnerKey;
import org.passerelle.exchange.ChannelKind;
import org.passerelle.exchange.PartnerEndpoint;

/**
 * A partner system as the exchange module needs it: a convention's channel and endpoint, with the
 * public key it names (by fingerprint) and the pinned certificate or host key registered with it.
 */
@ApplicationScoped
class PartnerEndpoints {

    @Inject
    ConventionRepository conventions;

    @Inject
    ExchangeRepository exchange;

    /** Where this convention delivers; empty for the inbox, or while the key it names is not registered. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<PartnerEndpoint> of(Convention convention) {
        if (!convention.channel().external() || convention.partnerKeyRef() == null) {
            return Optional.empty();
        }
        return exchange.partnerKey(convention.partner())
                .filter(key -> key.fingerprint().equals(convention.partnerKeyRef()))
                .map(key -> endpoint(convention, key));
    }

    /** One endpoint per partner to listen to (SFTP and AMQP): its most recently revised active external convention. */
    @Transactional
    List<PartnerEndpoint> listened() {
        List<PartnerEndpoint> endpoints = new ArrayList<>();
        conventions.list(null, true).stream()
                .filter(c -> c.channel() == Channel.SFTP || c.channel() == Channel.AMQP)
                .sorted(Comparator.comparing(Convention::updatedAt).reversed())
                .forEach(c -> of(c).filter(e -> endpoints.stream()
                                .noneMatch(o -> o.partnerCode().equals(e.partnerCode())))
                        .ifPresent(endpoints::add));
        return endpoints;
    }

    /** The registered key of a partner, for a status it sent over HTTPS. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<PartnerEndpoint> ofPartnerKey(String partner) {
        return exchange.partnerKey(partner)
                .map(key -> new PartnerEndpoint(
                        partner,
                        ChannelKind.HTTPS,
                        null,
                        key.material().openPgp(),
                        key.material().tlsCertificate(),
                        key.material().sshHostKey()));
    }

    private static PartnerEndpoint endpoint(Convention convention, PartnerKey key) {
        PartnerKey.Material material = key.material();
        return new PartnerEndpoint(
                convention.partner(),
                ChannelKind.valueOf(convention.channel().name()),
                URI.create(convention.endpoint()),
                material.openPgp(),
                material.tlsCertificate(),
                material.sshHostKey());
    }
}

package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.application.referral.PartnerDisclosure;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.referral.Referral;
import org.passerelle.exchange.ChannelKind;
import org.passerelle.exchange.DeliveryResult;
import org.passerelle.exchange.PartnerEndpoint;

/**
 * The two transactions around a batch of deliveries. Claiming locks due messages (SKIP LOCKED:
 * one worker or node each), builds their documents, journals what they disclose (once per message,
 * {@link OutboxDisclosures}) and reserves them for a lease, then commits: no data leaves before its
 * journal entry is committed (DESIGN §3).
 * Messages about a restricted dossier (S15) are not claimed: they wait, neither failed nor dead,
 * until the DPO lifts the restriction. Settling records each answer. A batch goes to one partner,
 * so that a worker stuck on a hung partner holds up no other (the bulkhead, {@link OutboxDelivery}).
 * A crash between the two leaves the messages reserved by this node and start ({@link
 * DeliveryNode}): the node takes them back when it starts again ({@link #reclaim}), another node
 * when the lease ends; either delivers them again with the same id, which the partner deduplicates.
 */
@ApplicationScoped
class DeliveryStep {

    static final String JOB = "partner-delivery";
    static final int BATCH = 10;

    @Inject
    ExchangeRepository outbox;

    @Inject
    ConventionRepository conventions;

    @Inject
    PartnerDisclosure disclosure;

    @Inject
    PartnerEndpoints endpoints;

    @Inject
    OutboxDisclosures disclosures;

    @Inject
    ExchangeConfig config;

    @Inject
    DeliveryNode node;

    @Inject
    Clock clock;

    /** The partner to serve next: the one of the oldest due message, leaving out the {@code busy} ones. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> nextPartner(Collection<String> busy) {
        return outbox.nextDuePartner(clock.instant(), busy);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<Parcel> claim(String partner) {
        Instant now = clock.instant();
        List<Parcel> parcels = new ArrayList<>();
        for (OutboxMessage message : outbox.lockDue(now, partner, BATCH)) {
            Referral referral = disclosure
                    .referral(message.referralId())
                    .orElseThrow(() -> new IllegalStateException("An outbox message's orientation is gone"));
            if (disclosure.restricted(referral)) {
                // Restricted since it was locked (S15): it waits, untouched, no attempt spent.
                continue;
            }
            Optional<PartnerEndpoint> endpoint =
                    conventions.find(referral.conventionId()).flatMap(endpoints::of);
            if (endpoint.isEmpty()) {
                // The convention lost its channel or its key: an administrator has to mend it.
                failed(message, "no-endpoint", null, now);
                continue;
            }
            Optional<byte[]> document =
                    disclosures.document(message, referral, endpoint.get().channel(), now);
            if (document.isEmpty()) {
                message.skipped("access-ended", now);
                disclosures.undelivered(message, endpoint.get().channel());
                continue;
            }
            message.reserve(now.plus(config.lease()), node.name(), node.boot());
            parcels.add(new Parcel(message.id(), endpoint.get(), document.get(), null));
        }
        return parcels;
    }

    /** What this node's previous start held is due now, no attempt counted: it died with them in flight. */
    @Transactional(TxType.REQUIRES_NEW)
    public int reclaim() {
        return outbox.reclaim(node.name(), node.boot(), clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void settle(List<Parcel> parcels) {
        Instant now = clock.instant();
        for (Parcel parcel : parcels) {
            OutboxMessage message = outbox.message(parcel.messageId()).orElseThrow();
            if (message.state().isClosed()) {
                continue; // another worker settled it after our lease ran out
            }
            switch (parcel.result()) {
                case DeliveryResult.Delivered ignored -> message.delivered(now);
                case DeliveryResult.RetryLater retry ->
                    failed(message, retry.code(), parcel.endpoint().channel(), now);
                case DeliveryResult.Refused refused ->
                    dead(message, refused.code(), parcel.endpoint().channel(), now);
            }
        }
    }

    private void failed(OutboxMessage message, String code, ChannelKind channel, Instant now) {
        if (message.attempts() + 1 >= config.maxAttempts()) {
            dead(message, code, channel, now);
        } else {
            message.failed(code, now.plus(config.backoff(message.attempts() + 1)));
        }
    }

    /** Dead, and journaled as never delivered if its disclosure was (S14 counts what left). */
    private void dead(OutboxMessage message, String code, ChannelKind channel, Instant now) {
        message.dead(code, now);
        disclosures.undelivered(message, channel);
    }
}

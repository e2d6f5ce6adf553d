package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.exchange.DeliveryState;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.exchange.PartnerKey;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaExchangeRepository implements ExchangeRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public Optional<PartnerKey> partnerKey(String partner) {
        return Optional.ofNullable(em.find(PartnerKey.class, partner));
    }

    @Override
    public List<PartnerKey> partnerKeys() {
        return em.createQuery("select k from PartnerKey k order by k.partner", PartnerKey.class)
                .getResultList();
    }

    @Override
    public void add(PartnerKey key) {
        em.persist(key);
    }

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<OutboxMessage> message(UUID id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /**
     * Pending, due, the oldest pending one of its orientation (a partner gets them in the order
     * written, even while an older one backs off), and not about a restricted dossier (S15: not
     * claimed, so no attempt is spent on it). SKIP LOCKED has no JPQL form: rows are locked by SQL.
     */
    private static final String DUE = "from outbox_message o where o.state = 'PENDING' and o.next_attempt_at <= ?1"
            + " and not exists (select 1 from outbox_message p"
            + " where p.referral_id = o.referral_id and p.state = 'PENDING' and p.seq < o.seq)"
            + " and not exists (select 1 from referral r join case_file c on c.id = r.case_file_id"
            + " where r.id = o.referral_id and c.restricted)";

    @Override
    public Optional<String> nextDuePartner(Instant now, Collection<String> busy) {
        @SuppressWarnings("unchecked")
        List<Object> partners = em.createNativeQuery("select o.partner_code " + DUE
                        // codes are letters, digits and dashes: a comma-separated list, as a string, binds anywhere
                        + " and not (o.partner_code = any (string_to_array(?2, ',')))"
                        + " order by o.seq limit 1 for update of o skip locked")
                .setParameter(1, now)
                .setParameter(2, String.join(",", busy))
                .getResultList();
        return partners.stream().map(Object::toString).findFirst();
    }

    @Override
    public List<OutboxMessage> lockDue(Instant now, String partner, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select o.id " + DUE
                        + " and o.partner_code = ?2 order by o.seq limit ?3 for update of o skip locked")
                .setParameter(1, now)
                .setParameter(2, partner)
                .setParameter(3, limit)
                .getResultList();
        return ids.stream()
                .map(id ->
                        em.find(OutboxMessage.class, id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())))
                .toList();
    }

    @Override
    public int reclaim(String node, UUID boot, Instant now) {
        // One statement: the messages are not loaded, and the version moves so that a stale copy cannot overwrite them.
        return em.createNativeQuery("update outbox_message set next_attempt_at = ?1, held_by_node = null,"
                        + " held_by_boot = null, version = version + 1"
                        + " where state = 'PENDING' and held_by_node = ?2 and held_by_boot <> ?3")
                .setParameter(1, now)
                .setParameter(2, node)
                .setParameter(3, boot)
                .executeUpdate();
    }

    @Override
    public List<OutboxMessage> messagesOf(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select m from OutboxMessage m where m.referralId in :referrals"
                                + " order by m.createdAt desc, m.id",
                        OutboxMessage.class)
                .setParameter("referrals", referralIds)
                .getResultList();
    }

    @Override
    public List<OutboxMessage> inState(DeliveryState state, int limit) {
        return em.createQuery(
                        "select m from OutboxMessage m where m.state = :state"
                                + " order by coalesce(m.closedAt, m.createdAt) desc, m.id",
                        OutboxMessage.class)
                .setParameter("state", state)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean recordInbound(
            UUID messageId, String partner, String channel, UUID referralId, String type, Instant at) {
        // A primary key and ON CONFLICT: a concurrent duplicate waits for the first to commit, then finds it.
        return em.createNativeQuery(
                                "insert into inbound_message (message_id, partner_code, channel, referral_id,"
                                        + " type, received_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (message_id) do nothing")
                        .setParameter(1, messageId)
                        .setParameter(2, partner)
                        .setParameter(3, channel)
                        .setParameter(4, referralId)
                        .setParameter(5, type)
                        .setParameter(6, at)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void flush() {
        em.flush();
    }
}

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

    @Override
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        // SKIP LOCKED has no JPQL form: lock by SQL, then load. A message waits while an older one of
        // its orientation is pending (even backing off), so a partner gets them in the order written,
        // and while its dossier is restricted (S15): not claimed, so no attempt is spent on it.
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select o.id from outbox_message o where o.state = 'PENDING'"
                        + " and o.next_attempt_at <= ?1 and not exists (select 1 from outbox_message p"
                        + " where p.referral_id = o.referral_id and p.state = 'PENDING' and p.seq < o.seq)"
                        + " and not exists (select 1 from referral r join case_file c on c.id = r.case_file_id"
                        + " where r.id = o.referral_id and c.restricted)"
                        + " order by o.seq limit ?2 for update of o skip locked")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream()
                .map(id ->
                        em.find(OutboxMessage.class, id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())))
                .toList();
    }

    @Override
    public List<OutboxMessage> messagesOf(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select m from OutboxMessage m where m.referralId in :referrals"
                                + " order by m.createdAt, m.id",
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

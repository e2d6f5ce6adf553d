package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.secrecy.referral.ReferralStatus;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaReferralRepository implements ReferralRepository {

    private static final List<ReferralStatus> OPEN = List.of(
            ReferralStatus.DRAFT,
            ReferralStatus.SENT,
            ReferralStatus.RECEIVED,
            ReferralStatus.ACCEPTED,
            ReferralStatus.IN_PROGRESS,
            ReferralStatus.ON_HOLD);

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public Optional<Referral> find(UUID id) {
        return Optional.ofNullable(em.find(Referral.class, id));
    }

    @Override
    public void add(Referral referral) {
        em.persist(referral);
    }

    @Override
    public void add(ReferralEvent event) {
        em.persist(event);
    }

    @Override
    public List<ReferralEvent> events(UUID referralId) {
        return em.createQuery(
                        "select e from ReferralEvent e where e.referralId = :referral order by e.at, e.id",
                        ReferralEvent.class)
                .setParameter("referral", referralId)
                .getResultList();
    }

    @Override
    public List<Referral> followedBy(String organisation, String username) {
        return em.createQuery(
                        "select r from Referral r where r.organisationCode = :organisation and (r.sender = :user"
                                + " or r.caseFileId in (select c.id from CaseFile c where c.referent = :user"
                                + " or :user member of c.team)) order by r.createdAt desc, r.id",
                        Referral.class)
                .setParameter("organisation", organisation)
                .setParameter("user", username)
                .getResultList();
    }

    @Override
    public List<Referral> openSentBy(String organisation) {
        return em.createQuery(
                        "select r from Referral r where r.organisationCode = :organisation and r.status in :open"
                                + " order by r.sentAt, r.id",
                        Referral.class)
                .setParameter("organisation", organisation)
                .setParameter(
                        "open",
                        EnumSet.of(
                                ReferralStatus.SENT,
                                ReferralStatus.RECEIVED,
                                ReferralStatus.ACCEPTED,
                                ReferralStatus.IN_PROGRESS,
                                ReferralStatus.ON_HOLD))
                .getResultList();
    }

    @Override
    public List<Referral> onDossiersOf(String organisation, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select r from Referral r where r.organisationCode = :organisation and r.caseFileId in"
                                + " (select c.id from CaseFile c left join c.team t where c.referent in :users"
                                + " or t in :users) order by r.createdAt desc, r.id",
                        Referral.class)
                .setParameter("organisation", organisation)
                .setParameter("users", usernames)
                .getResultList();
    }

    @Override
    public List<Referral> awaitingPartnerFrom(String organisation) {
        return em.createQuery(
                        "select r from Referral r where r.organisationCode = :organisation and r.status in :awaiting"
                                + " order by r.sentAt, r.id",
                        Referral.class)
                .setParameter("organisation", organisation)
                .setParameter("awaiting", List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED))
                .getResultList();
    }

    @Override
    public List<ReferralEvent> eventsOf(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select e from ReferralEvent e where e.referralId in :referrals order by e.at, e.id",
                        ReferralEvent.class)
                .setParameter("referrals", referralIds)
                .getResultList();
    }

    @Override
    public List<Referral> sentTo(String partner) {
        return em.createQuery(
                        "select r from Referral r where r.partner = :partner and r.status <> :draft"
                                + " order by case when r.urgency = org.passerelle.domain.referral.Urgency.URGENT then 0 else 1 end,"
                                + " r.sentAt desc, r.id",
                        Referral.class)
                .setParameter("partner", partner)
                .setParameter("draft", ReferralStatus.DRAFT)
                .getResultList();
    }

    @Override
    public boolean sharedBefore(UUID personId, String partner) {
        return !em.createQuery(
                        "select r.id from Referral r where r.personId = :person and r.partner = :partner"
                                + " and r.sentAt is not null",
                        UUID.class)
                .setParameter("person", personId)
                .setParameter("partner", partner)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Referral> openRelyingOn(UUID consentId) {
        return em.createQuery(
                        "select r from Referral r where r.consentId = :consent and r.status in :open"
                                + " order by r.id",
                        Referral.class)
                .setParameter("consent", consentId)
                .setParameter("open", OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<Referral> openTo(UUID personId, String partner) {
        return em.createQuery(
                        "select r from Referral r where r.personId = :person and r.partner = :partner"
                                + " and r.status in :open order by r.id",
                        Referral.class)
                .setParameter("person", personId)
                .setParameter("partner", partner)
                .setParameter("open", OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<Referral> openOn(UUID caseFileId) {
        return em.createQuery(
                        "select r from Referral r where r.caseFileId = :caseFile and r.status in :open order by r.id",
                        Referral.class)
                .setParameter("caseFile", caseFileId)
                .setParameter("open", OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<Referral> lockExpired(Instant now, int limit) {
        return lock(
                "select id from referral where status in ('SENT', 'RECEIVED') and expires_at <= ?1"
                        + " order by expires_at limit ?2 for update skip locked",
                now,
                limit);
    }

    @Override
    public List<Referral> lockDueForReminder(Instant now, int limit) {
        return lockAwaitingPartner("remind_at", "reminded_at", now, limit);
    }

    @Override
    public List<Referral> lockDueForEscalation(Instant now, int limit) {
        return lockAwaitingPartner("escalate_at", "escalated_at", now, limit);
    }

    /** Those awaiting the partner whose {@code due} time has come and whose {@code done} time is not set. */
    private List<Referral> lockAwaitingPartner(String due, String done, Instant now, int limit) {
        return lock(
                "select id from referral where status in ('SENT', 'RECEIVED') and " + done + " is null and " + due
                        + " <= ?1 order by " + due + " limit ?2 for update skip locked",
                now,
                limit);
    }

    /** Locks the rows by SQL (SKIP LOCKED has no JPQL form), then loads them into the persistence context. */
    private List<Referral> lock(String sql, Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(sql)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream()
                .map(id -> em.find(Referral.class, id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())))
                .toList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void caseworkerSeen(String organisation, String username, Instant at) {
        em.createNativeQuery("insert into partner_caseworker (organisation_code, username, last_seen_at)"
                        + " values (?1, ?2, ?3) on conflict (organisation_code, username)"
                        + " do update set last_seen_at = excluded.last_seen_at"
                        + " where partner_caseworker.last_seen_at < excluded.last_seen_at - interval '1 hour'")
                .setParameter(1, organisation)
                .setParameter(2, username)
                .setParameter(3, java.sql.Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public List<String> caseworkersOf(String organisation) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(
                        "select username from partner_caseworker where organisation_code = ?1 order by username")
                .setParameter(1, organisation)
                .getResultList();
        return names;
    }
}

package org.passerelle.domain.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored orientations and their timelines. Implementations run inside the caller's transaction. */
public interface ReferralRepository {

    Optional<Referral> find(UUID id);

    void add(Referral referral);

    void add(ReferralEvent event);

    /** The orientation's timeline, oldest first. */
    List<ReferralEvent> events(UUID referralId);

    /**
     * The orientations of this CCAS that {@code username} sent or follows (référent or team of
     * the dossier), most recently created first.
     */
    List<Referral> followedBy(String organisation, String username);

    /**
     * The open orientations this CCAS sent (drafts and final ones left out), oldest first: the
     * manager's working lists count them per agent and partner.
     */
    List<Referral> openSentBy(String organisation);

    /**
     * The orientations on the dossiers that any of {@code usernames} follows (référent or team),
     * newest first: what a delegate reaches of the colleagues it stands in for.
     */
    List<Referral> onDossiersOf(String organisation, Collection<String> usernames);

    /** The orientations sent to this partner organisation (never drafts), urgent first, then the newest. */
    List<Referral> sentTo(String partner);

    /** The sent orientations of a CCAS still awaiting the partner's answer (SENT, RECEIVED): its manager's counts. */
    List<Referral> awaitingPartnerFrom(String organisation);

    /** The timeline events of these orientations, oldest first: what the home page reads whose turn it is. */
    List<ReferralEvent> eventsOf(Collection<UUID> referralIds);

    /** Whether this usager's data already went to this organisation by an orientation (S4: the first share). */
    boolean sharedBefore(UUID personId, String partner);

    /** The open orientations relying on this consent, locked for update (S5). */
    List<Referral> openRelyingOn(UUID consentId);

    /** The usager's open orientations to this organisation, drafts included, locked for update (S5: an objection). */
    List<Referral> openTo(UUID personId, String partner);

    /** The open orientations of this dossier, drafts included, locked for update (S7: its closing ends them). */
    List<Referral> openOn(UUID caseFileId);

    /**
     * Up to {@code limit} orientations awaiting the partner past their expiry time, locked, skipping
     * those another node holds: each is expired by exactly one node.
     */
    List<Referral> lockExpired(Instant now, int limit);

    /** Up to {@code limit} orientations awaiting the partner past their reminder time and not yet reminded, locked likewise. */
    List<Referral> lockDueForReminder(Instant now, int limit);

    /** Locks up to {@code limit} URGENT orientations still awaiting their partner past their escalation time. */
    List<Referral> lockDueForEscalation(Instant now, int limit);

    /**
     * Records that {@code username}, a caseworker of this partner organisation, used Passerelle at
     * {@code at}: whom its orientations may be assigned or handed over to.
     */
    void caseworkerSeen(String organisation, String username, Instant at);

    /** The caseworkers of this partner organisation Passerelle has seen, by username. */
    List<String> caseworkersOf(String organisation);

    /** Writes pending changes now, so that the returned version is the stored one. */
    void flush();
}

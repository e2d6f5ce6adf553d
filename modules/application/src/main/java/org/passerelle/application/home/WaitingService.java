package org.passerelle.application.home;

import static java.util.stream.Collectors.groupingBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.dossier.DelegationService;
import org.passerelle.application.dossier.DossierAccess;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.consent.Consent;
import org.passerelle.domain.consent.ConsentRepository;
import org.passerelle.domain.consent.ConsentStatus;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.secrecy.Role;
import org.passerelle.secrecy.referral.ReferralStatus;

/**
 * What waits for the caller (issue 18, item 6), by role: the CCAS agent's answers to read, overdue
 * and reminded orientations, consents about to end and delegations received; the partner's new
 * orientations, those to accept and the messages waiting; the managers' unanswered and overdue
 * counts. The same standing as the lists: an agent counts what they follow or reach through a
 * running delegation ({@link DossierAccess}), a partner its own inbox. Counts only; one READ entry
 * (no field) says the caller looked.
 */
@ApplicationScoped
public class WaitingService {

    /** How long a partner's answer stays "to read" when the sender has not acted since. */
    static final int ANSWER_DAYS = 30;

    static final int CONSENT_DAYS = 30;

    /** Consents are dated in the CCAS's time zone (as {@link Consent} says). */
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    ReferralRepository referrals;

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    ConsentRepository consents;

    @Inject
    DossierAccess access;

    @Inject
    DelegationService delegations;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    /** What waits for the caller; all parts empty for a role the home page shows no counts to. */
    @Transactional
    public WaitingView of(Caller caller) {
        boolean agent = caller.has(Role.CCAS_AGENT);
        boolean partner = caller.has(Role.PARTNER_CASEWORKER) || caller.has(Role.PARTNER_MANAGER);
        boolean manager = caller.has(Role.CCAS_MANAGER);
        if (caller.organisation() == null || !agent && !partner && !manager) {
            return new WaitingView(null, null, List.of(), List.of());
        }
        Instant now = clock.instant();
        WaitingView view = new WaitingView(
                agent ? agent(caller, now) : null,
                partner ? partner(caller) : null,
                manager ? tallies(caller, Referral::sender, now) : List.of(),
                manager ? tallies(caller, Referral::partner, now) : List.of());
        gate.record(caller, JournalAction.READ, Target.organisation(caller.organisation()), Set.of(), "home-waiting");
        return view;
    }

    private WaitingView.Agent agent(Caller caller, Instant now) {
        List<String> followers = new ArrayList<>();
        followers.add(caller.username());
        followers.addAll(access.standingInFor(caller));
        Map<UUID, Referral> followed = new LinkedHashMap<>();
        referrals.followedBy(caller.organisation(), caller.username()).forEach(r -> followed.put(r.id(), r));
        referrals.onDossiersOf(caller.organisation(), followers).forEach(r -> followed.putIfAbsent(r.id(), r));
        List<Referral> sent = followed.values().stream()
                .filter(r -> r.status() != ReferralStatus.DRAFT)
                .toList();
        Map<UUID, ReferralEvent> last = lastBySide(sent);
        Instant answersSince = now.minus(Duration.ofDays(ANSWER_DAYS));
        int answers = (int) sent.stream()
                .filter(r -> {
                    ReferralEvent e = last.get(r.id());
                    return e != null && r.partner().equals(e.actorOrganisation()) && e.at().isAfter(answersSince);
                })
                .count();
        int overdue = (int) sent.stream().filter(r -> r.overdue(now)).count();
        int reminded = (int) sent.stream()
                .filter(r -> r.remindedAt() != null && r.status().awaitingPartner())
                .count();
        LocalDate today = now.atZone(ZONE).toLocalDate();
        LocalDate horizon = today.plusDays(CONSENT_DAYS);
        int expiring = (int) caseFiles.openFollowedBy(caller.organisation(), followers).stream()
                .map(CaseFile::personId)
                .distinct()
                .flatMap(person -> consents.consentsOf(person).stream())
                .filter(c -> c.status(now) == ConsentStatus.ACTIVE
                        && c.expiresOn() != null
                        && !c.expiresOn().isAfter(horizon))
                .count();
        return new WaitingView.Agent(
                answers,
                overdue,
                reminded,
                expiring,
                delegations.received(caller).size());
    }

    private WaitingView.Partner partner(Caller caller) {
        List<Referral> inbox = referrals.sentTo(caller.organisation());
        String me = caller.username();
        int fresh = (int)
                inbox.stream().filter(r -> r.status() == ReferralStatus.SENT).count();
        int toAccept = (int) inbox.stream()
                .filter(r -> r.status().awaitingPartner()
                        && (r.assignee() == null || r.assignee().equals(me)))
                .count();
        List<Referral> held = inbox.stream()
                .filter(r -> me.equals(r.recipient()) && r.status().partnerMayRead())
                .toList();
        Map<UUID, ReferralEvent> last = lastBySide(held);
        int messages = (int) held.stream()
                .filter(r -> {
                    ReferralEvent e = last.get(r.id());
                    return e != null
                            && ReferralEvent.MESSAGE.equals(e.kind())
                            && r.organisationCode().equals(e.actorOrganisation());
                })
                .count();
        if (!caller.has(Role.PARTNER_MANAGER)) {
            return new WaitingView.Partner(fresh, toAccept, messages, null, null);
        }
        List<Referral> awaiting =
                inbox.stream().filter(r -> r.status().awaitingPartner()).toList();
        int unassigned =
                (int) awaiting.stream().filter(r -> r.assignee() == null).count();
        return new WaitingView.Partner(fresh, toAccept, messages, unassigned, awaiting.size());
    }

    /** The CCAS's orientations awaiting an answer, counted by sender or by partner, most waiting first. */
    private List<WaitingView.Tally> tallies(Caller caller, Function<Referral, String> key, Instant now) {
        Map<String, List<Referral>> grouped = referrals.awaitingPartnerFrom(caller.organisation()).stream()
                .collect(groupingBy(key, TreeMap::new, java.util.stream.Collectors.toList()));
        return grouped.entrySet().stream()
                .map(e -> new WaitingView.Tally(e.getKey(), e.getValue().size(), (int)
                        e.getValue().stream().filter(r -> r.overdue(now)).count()))
                .sorted(Comparator.comparingInt(WaitingView.Tally::unanswered).reversed())
                .toList();
    }

    /**
     * The last event of each orientation by one of its two sides (the CCAS or the partner), the
     * timers' and channels' own lines aside: whose turn it is.
     */
    private Map<UUID, ReferralEvent> lastBySide(List<Referral> of) {
        Map<UUID, Referral> byId = new HashMap<>();
        of.forEach(r -> byId.put(r.id(), r));
        Map<UUID, ReferralEvent> last = new HashMap<>();
        for (ReferralEvent e : referrals.eventsOf(byId.keySet())) {
            Referral r = byId.get(e.referralId());
            if (Stream.of(r.organisationCode(), r.partner())
                    .anyMatch(side -> Objects.equals(side, e.actorOrganisation()))) {
                last.put(e.referralId(), e);
            }
        }
        return last;
    }
}

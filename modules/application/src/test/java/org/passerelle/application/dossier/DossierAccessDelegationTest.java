package org.passerelle.application.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.ListedEntries;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.delegation.Delegation;
import org.passerelle.domain.delegation.DelegationRepository;
import org.passerelle.domain.oversight.Alert;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.AlertState;
import org.passerelle.domain.oversight.BreakGlass;
import org.passerelle.domain.oversight.OversightRepository;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Role;

/** How a running delegation lets a colleague in (S6), and how nothing else does. */
class DossierAccessDelegationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String SAUMUR = "ccas-saumur";
    private static final Caller COLLEAGUE = new Caller("u-2", "collegue.saumur", SAUMUR, Set.of(Role.CCAS_AGENT));

    private final List<Delegation> stored = new ArrayList<>();
    private final ListedEntries journal = new ListedEntries();
    private DossierAccess access;
    private CaseFile dossier;

    @BeforeEach
    void setUp() {
        access = new DossierAccess();
        access.delegations = new Delegations();
        access.oversight = new NoBreakGlass();
        access.gate = new AccessGate(journal, null);
        access.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        dossier = new CaseFile(SAUMUR, UUID.randomUUID(), "agent.saumur", 1, NOW.minus(Duration.ofDays(30)));
        dossier.assign("agent.saumur", Set.of("equipe.saumur"));
    }

    private Delegation delegation(String delegator, Instant from, Instant until) {
        Delegation d = new Delegation(
                SAUMUR, delegator, "collegue.saumur", from, until, "Congés", delegator, from.minusSeconds(60));
        stored.add(d);
        return d;
    }

    private AccessDecision read(Caller caller) {
        return access.requireCaseFile(caller, dossier, Action.READ, Set.of(Field.CASE_HOUSING), JournalAction.READ);
    }

    @Test
    void withoutADelegationTheColleagueIsRefusedAsUnassigned() {
        assertThatThrownBy(() -> read(COLLEAGUE)).isInstanceOf(AccessRefusedException.class);
        assertThat(journal.refusals()).containsExactly("FORBIDDEN unassigned");
    }

    @Test
    void aRunningDelegationOfTheReferentLetsTheColleagueReadAndWriteNamingIt() {
        Delegation d = delegation("agent.saumur", NOW.minusSeconds(3600), NOW.plusSeconds(3600));

        AccessDecision read = read(COLLEAGUE);
        AccessDecision write = access.requireCaseFile(
                COLLEAGUE, dossier, Action.WRITE, Set.of(Field.CASE_HOUSING), JournalAction.UPDATE);

        assertThat(read.reasonCode()).isEqualTo("delegation:" + d.id());
        assertThat(write.reasonCode()).isEqualTo("delegation:" + d.id());
        assertThat(read.visibleFields()).contains(Field.CASE_HEALTH_NOTES, Field.NOTE_BODY);
        assertThat(journal.refusals()).isEmpty();
    }

    @Test
    void theOrientationsAskTheSameStandingUnenforcedAndSeeTheDelegationAsItsGround() {
        assertThat(DossierAccess.delegation(access.toCaseFile(COLLEAGUE, dossier, Action.WRITE)))
                .isEmpty();
        assertThat(access.standingInFor(COLLEAGUE)).isEmpty();

        Delegation d = delegation("agent.saumur", NOW.minusSeconds(3600), NOW.plusSeconds(3600));

        AccessDecision write = access.toCaseFile(COLLEAGUE, dossier, Action.WRITE);
        assertThat(write.allowed()).isTrue();
        assertThat(DossierAccess.delegation(write)).contains("delegation:" + d.id());
        assertThat(access.standingInFor(COLLEAGUE)).containsExactly("agent.saumur");
        Caller referent = new Caller("u-1", "agent.saumur", SAUMUR, Set.of(Role.CCAS_AGENT));
        assertThat(DossierAccess.delegation(access.toCaseFile(referent, dossier, Action.WRITE)))
                .as("the référent's own standing is no delegation")
                .isEmpty();
        assertThat(journal.refusals()).as("unenforced: nothing journaled").isEmpty();
    }

    @Test
    void aTeamMembersDelegationCountsToo() {
        Delegation d = delegation("equipe.saumur", NOW.minusSeconds(3600), NOW.plusSeconds(3600));

        assertThat(read(COLLEAGUE).reasonCode()).isEqualTo("delegation:" + d.id());
    }

    @Test
    void aDelegationFromSomeoneNotOnTheDossierOpensNothing() {
        delegation("autre.saumur", NOW.minusSeconds(3600), NOW.plusSeconds(3600));

        assertThatThrownBy(() -> read(COLLEAGUE)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anEndedOrUnstartedOrPastDelegationOpensNothing() {
        delegation("agent.saumur", NOW.minusSeconds(7200), NOW.minusSeconds(1));
        delegation("agent.saumur", NOW.plusSeconds(60), NOW.plusSeconds(7200));
        delegation("agent.saumur", NOW.minusSeconds(3600), NOW.plusSeconds(3600))
                .end("agent.saumur", NOW.minusSeconds(10));

        assertThatThrownBy(() -> read(COLLEAGUE)).isInstanceOf(AccessRefusedException.class);
        assertThat(journal.refusals()).containsExactly("FORBIDDEN unassigned");
    }

    @Test
    void theDelegationNeitherOpensARestrictedDossierNorServesAnotherCcasOrANonAgent() {
        delegation("agent.saumur", NOW.minusSeconds(3600), NOW.plusSeconds(3600));

        Caller manager = new Caller("u-3", "collegue.saumur", SAUMUR, Set.of(Role.CCAS_MANAGER));
        assertThatThrownBy(() -> read(manager)).isInstanceOf(AccessRefusedException.class);
        Caller vitre = new Caller("u-4", "collegue.saumur", "ccas-vitre", Set.of(Role.CCAS_AGENT));
        assertThatThrownBy(() -> read(vitre)).isInstanceOf(AccessRefusedException.class);
        dossier.restrict("dpo.saumur", "Exactitude contestée par l'usager", NOW);
        assertThatThrownBy(() -> read(COLLEAGUE)).isInstanceOf(AccessRefusedException.class);
        assertThat(journal.refusals())
                .containsExactly(
                        "FORBIDDEN role-not-permitted", "NOT_FOUND other-organisation", "RESTRICTED restricted");
    }

    /** The running ones as the database query selects them. */
    private final class Delegations implements DelegationRepository {

        @Override
        public void add(Delegation delegation) {
            stored.add(delegation);
        }

        @Override
        public Optional<Delegation> find(UUID id) {
            return stored.stream().filter(d -> d.id().equals(id)).findFirst();
        }

        @Override
        public List<Delegation> runningFor(String organisationCode, String delegate, Instant at) {
            return stored.stream()
                    .filter(d -> d.organisationCode().equals(organisationCode)
                            && d.delegate().equals(delegate)
                            && d.isRunning(at))
                    .toList();
        }

        @Override
        public List<Delegation> involving(String organisationCode, String username, int limit) {
            return List.of();
        }

        @Override
        public List<Delegation> ofOrganisation(String organisationCode, int limit) {
            return List.of();
        }

        @Override
        public void flush() {}
    }

    private static final class NoBreakGlass implements OversightRepository {

        @Override
        public void add(BreakGlass access) {}

        @Override
        public List<UUID> breakGlassOpen(String username, Collection<UUID> caseFileIds, Instant at) {
            return List.of();
        }

        @Override
        public void add(Alert alert) {}

        @Override
        public Optional<Alert> findAlert(UUID id) {
            return Optional.empty();
        }

        @Override
        public boolean alertRaisedSince(AlertKind kind, String username, Instant since) {
            return false;
        }

        @Override
        public List<Alert> alerts(String organisationCode, AlertState state, AlertKind kind, int offset, int limit) {
            return List.of();
        }

        @Override
        public long countAlerts(String organisationCode, AlertState state, AlertKind kind) {
            return 0;
        }

        @Override
        public void flush() {}
    }
}

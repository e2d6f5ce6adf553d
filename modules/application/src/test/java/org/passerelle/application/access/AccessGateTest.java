package org.passerelle.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.crypto.EnvironmentMasterKey;
import org.passerelle.crypto.WrappedDataKey;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.protection.DataKeyRepository;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.NirDisclosure;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/** The gate with a journal kept in a list and a key ring of its own: what it opens is what it journals. */
class AccessGateTest {

    private static final Caller AGENT = new Caller("u-1", "agent.saumur", "ccas-saumur", Set.of(Role.CCAS_AGENT));

    private final ListedEntries journal = new ListedEntries();
    private final List<ListedEntries.Entry> entries = journal.entries();
    private AccessGate gate;
    private FieldProtection protection;
    private Person person;
    private Target target;

    @BeforeEach
    void setUp() {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        protection = new FieldProtection(
                new EnvironmentMasterKey(Base64.getEncoder().encodeToString(master)), new InMemoryKeys());
        gate = new AccessGate(journal, protection);
        person = new Person(
                "ccas-saumur", protection.primaryKeyVersion("ccas-saumur"), Instant.parse("2026-11-23T09:00:00Z"));
        target = Target.person("ccas-saumur", person.id());
    }

    @Test
    void anAccessJournalsExactlyTheFieldsItOpenedOrWrote() {
        Grant grant = Grant.of("allowed", Set.of(Field.PERSON_LAST_NAME, Field.PERSON_PHONE, Field.PERSON_NIR));
        gate.open(AGENT, JournalAction.CREATE, target, grant, opener -> {
            opener.seal(person, Field.PERSON_LAST_NAME, "Moreau");
            opener.seal(person, Field.PERSON_PHONE, "06 12 34 56 78");
            return null;
        });

        String name = gate.open(
                AGENT, JournalAction.READ, target, grant, opener -> opener.open(person, Field.PERSON_LAST_NAME));

        assertThat(name).isEqualTo("Moreau");
        assertThat(entries)
                .extracting(ListedEntries.Entry::action, ListedEntries.Entry::fields, ListedEntries.Entry::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                JournalAction.CREATE, Set.of("person.lastName", "person.phone"), "ALLOW"),
                        org.assertj.core.groups.Tuple.tuple(JournalAction.READ, Set.of("person.lastName"), "ALLOW"));
        assertThat(entries).allSatisfy(e -> assertThat(e.toString()).doesNotContain("Moreau", "06 12"));
    }

    @Test
    void openingAgainForAnotherAttemptOpensWithinTheGrantAndJournalsNothing() {
        Grant grant = Grant.of("allowed", Set.of(Field.PERSON_LAST_NAME));
        gate.open(AGENT, JournalAction.CREATE, target, grant, opener -> {
            opener.seal(person, Field.PERSON_LAST_NAME, "Moreau");
            return null;
        });
        entries.clear();

        String name = gate.openAgain(
                AGENT, JournalAction.SHARE, target, grant, opener -> opener.open(person, Field.PERSON_LAST_NAME));

        assertThat(name).isEqualTo("Moreau");
        assertThat(entries).isEmpty();
        assertThatThrownBy(() -> gate.openAgain(
                        AGENT,
                        JournalAction.SHARE,
                        target,
                        Grant.of("allowed", Set.of(Field.PERSON_PHONE)),
                        opener -> opener.open(person, Field.PERSON_LAST_NAME)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openingAFieldTheGrantLacksFailsAndJournalsNothing() {
        gate.open(AGENT, JournalAction.CREATE, target, Grant.of("allowed", Set.of(Field.PERSON_NIR)), opener -> {
            opener.seal(person, Field.PERSON_NIR, "184037512345618");
            return null;
        });
        entries.clear();

        assertThatThrownBy(() -> gate.open(
                        AGENT,
                        JournalAction.READ,
                        target,
                        Grant.of("reception-scope", Set.of(Field.PERSON_LAST_NAME)),
                        opener -> opener.open(person, Field.PERSON_NIR)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(entries).isEmpty();
    }

    @Test
    void writingAFieldTheGrantLacksIsARefusalJournaledWithTheField() {
        assertThatThrownBy(() -> gate.open(
                        AGENT,
                        JournalAction.CREATE,
                        target,
                        Grant.of("reception-scope", Set.of(Field.PERSON_LAST_NAME)),
                        opener -> {
                            opener.seal(person, Field.PERSON_NIR, "184037512345618");
                            return null;
                        }))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.FORBIDDEN);
                    assertThat(e.reasonCode()).isEqualTo(AccessGate.FIELD_NOT_PERMITTED);
                });
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("refused");
            assertThat(e.fields()).containsExactly("person.nir");
            assertThat(e.target()).isEqualTo(target);
        });
        assertThat(person.sealed(Field.PERSON_NIR)).as("nothing sealed").isNull();
    }

    @Test
    void anOpenerIsUselessOnceItsWorkIsDone() {
        Opener[] kept = new Opener[1];
        gate.open(AGENT, JournalAction.READ, target, Grant.of("allowed", Set.of(Field.PERSON_LAST_NAME)), opener -> {
            kept[0] = opener;
            return null;
        });

        assertThatThrownBy(() -> kept[0].open(person, Field.PERSON_LAST_NAME))
                .isInstanceOf(IllegalStateException.class);
        assertThat(entries)
                .singleElement()
                .extracting(ListedEntries.Entry::fields)
                .isEqualTo(Set.of());
    }

    @Test
    void aRefusedDecisionIsJournaledWithWhatWasNeededAndThrown() {
        AccessDecision refused = AccessDecision.refuse(Outcome.NOT_FOUND, "other-organisation");

        assertThatThrownBy(() -> gate.require(AGENT, refused, Set.of(Field.CASE_RESOURCES), JournalAction.READ, target))
                .isInstanceOfSatisfying(
                        AccessRefusedException.class,
                        e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_FOUND));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("NOT_FOUND");
            assertThat(e.reason()).isEqualTo("other-organisation");
            assertThat(e.fields()).containsExactly("case.resources");
        });
    }

    @Test
    void anAllowanceNarrowerThanWhatIsNeededIsARefusal() {
        AccessDecision reception =
                AccessDecision.allow(Set.of(Field.PERSON_LAST_NAME), NirDisclosure.NONE, "reception-scope");

        assertThatThrownBy(() ->
                        gate.require(AGENT, reception, Set.of(Field.CASE_HEALTH_NOTES), JournalAction.READ, target))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(entries)
                .singleElement()
                .extracting(ListedEntries.Entry::outcome)
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void anAccessThroughAnOrientationCarriesItsCadreAndPurpose() {
        gate.record(
                AGENT,
                JournalAction.UPDATE,
                target,
                Set.of(Field.REFERRAL_MESSAGE),
                "referral-message",
                new Sharing(Cadre.HEALTH, "acces-aux-soins"));

        assertThat(entries)
                .singleElement()
                .extracting(ListedEntries.Entry::cadre, ListedEntries.Entry::purpose)
                .containsExactly("HEALTH", "acces-aux-soins");
    }

    private static final class InMemoryKeys implements DataKeyRepository {

        private final List<WrappedDataKey> keys = new ArrayList<>();

        @Override
        public synchronized List<WrappedDataKey> findAll() {
            return List.copyOf(keys);
        }

        @Override
        public synchronized boolean addIfAbsent(WrappedDataKey key) {
            if (keys.stream().anyMatch(k -> k.owner().equals(key.owner()) && k.version() == key.version())) {
                return false;
            }
            return keys.add(key);
        }
    }
}

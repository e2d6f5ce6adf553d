package org.passerelle.application.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Opener;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;

/** Issue 16: a message's first attempt journals its disclosure to the partner; its retries open again, unjournaled. */
class PartnerDisclosureTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Caller CAF_SYSTEM = Caller.partnerDelivery("caf-49");

    /** What the gate was asked: which way it opened, for whom, and the entries it wrote. */
    private final List<String> gateCalls = new ArrayList<>();

    private final PartnerDisclosure disclosure = new PartnerDisclosure();

    {
        disclosure.gate = new AccessGate() {
            @Override
            public <T> T open(
                    Caller caller, JournalAction action, Target target, Grant grant, Function<Opener, T> work) {
                gateCalls.add("open " + action + " to " + caller.organisation() + " " + fields(grant.fields()));
                return null;
            }

            @Override
            public <T> T openAgain(
                    Caller caller, JournalAction action, Target target, Grant grant, Function<Opener, T> work) {
                gateCalls.add("open again, no entry " + fields(grant.fields()));
                return null;
            }

            @Override
            public long record(
                    Caller caller,
                    JournalAction action,
                    Target target,
                    Collection<Field> fields,
                    String reasonCode,
                    Sharing sharing) {
                gateCalls.add("record " + action + " to " + caller.organisation() + " " + reasonCode);
                return gateCalls.size();
            }
        };
        disclosure.organisations = new OrganisationRepository() {
            @Override
            public Optional<Organisation> find(String code) {
                return Optional.of(new Organisation(code, "CCAS de Saumur", OrganisationKind.CCAS, "Saumur", NOW));
            }

            @Override
            public List<Organisation> findAll() {
                return List.of();
            }
        };
    }

    private static String fields(Set<Field> fields) {
        return fields.stream().map(Field::key).sorted().toList().toString();
    }

    private static Referral referral() {
        return new Referral(
                "ccas-saumur",
                new Referral.Draft(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "caf-49",
                        Cadre.SOCIAL_ACTION,
                        "acces-aux-droits",
                        Urgency.NORMAL,
                        Set.of(Field.PERSON_LAST_NAME),
                        Set.of()),
                "agent.saumur",
                1,
                NOW);
    }

    @Test
    void theFirstAttemptJournalsTheDisclosureToThePartner() {
        DeliveryAttempt first = new DeliveryAttempt(CAF_SYSTEM, false);

        disclosure.triage(first, referral());

        assertThat(gateCalls).containsExactly("open SHARE to caf-49 [referral.reason]");
        assertThat(first.wroteDisclosure()).isTrue();
    }

    @Test
    void aFurtherAttemptOfTheSameMessageOpensTheSameFieldsWithoutANewEntry() {
        Referral referral = referral();
        for (int retry = 0; retry < 5; retry++) {
            DeliveryAttempt again = new DeliveryAttempt(CAF_SYSTEM, true);

            disclosure.triage(again, referral);

            assertThat(again.wroteDisclosure()).isFalse();
        }
        assertThat(gateCalls).hasSize(5).containsOnly("open again, no entry [referral.reason]");
    }

    @Test
    void aMessageThatNeverReachedItsPartnerIsJournaledUndeliveredToIt() {
        disclosure.undelivered(CAF_SYSTEM, referral(), "http-503");

        assertThat(gateCalls).containsExactly("record UNDELIVERED to caf-49 http-503");
    }
}

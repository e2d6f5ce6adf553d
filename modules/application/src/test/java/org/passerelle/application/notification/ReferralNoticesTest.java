package org.passerelle.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.referral.Transition;

/** Who is told of what (DESIGN §4, issue 5 item 4), without a container. */
class ReferralNoticesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final String SENDER = "claire.moreau@passerelle.example";
    private static final String CPAM = "orientations@cpam-49.demo.passerelle.example";

    private final List<Notice> fired = new ArrayList<>();
    private final ReferralNotices notices = notices();

    private ReferralNotices notices() {
        Organisation ccas = new Organisation("ccas-saumur", "CCAS de Saumur", OrganisationKind.CCAS, "Saumur");
        Organisation cpam = new Organisation("cpam-49", "CPAM de Maine-et-Loire", OrganisationKind.CPAM, "Angers");
        cpam.notifyAt(CPAM);
        Map<String, Organisation> byCode = Map.of(ccas.code(), ccas, cpam.code(), cpam);
        ReferralNotices n = new ReferralNotices();
        n.organisations = new OrganisationRepository() {
            @Override
            public Optional<Organisation> find(String code) {
                return Optional.ofNullable(byCode.get(code));
            }

            @Override
            public List<Organisation> findAll() {
                return List.copyOf(byCode.values());
            }
        };
        n.config = new NotificationConfig();
        n.config.publicUrl = "https://passerelle.example/";
        n.notices = new Recorder();
        return n;
    }

    private final class Recorder implements Event<Notice> {
        @Override
        public void fire(Notice event) {
            fired.add(event);
        }

        @Override
        public <U extends Notice> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Notice> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<Notice> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends Notice> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Notice> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    private static Referral sent() {
        Referral referral = new Referral("ccas-saumur", new Referral.Draft(UUID.randomUUID(), UUID.randomUUID(),
                "cpam-49", Cadre.HEALTH, "acces-aux-soins", Urgency.NORMAL, EnumSet.of(Field.PERSON_LAST_NAME),
                Set.of()),
                "agent.saumur", 1, T0);
        referral.notifySenderAt(SENDER);
        referral.send(UUID.randomUUID(), null, T0, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(30)));
        return referral;
    }

    @Test
    void thePartnerIsToldOfTheArrivalWithALinkToItsInbox() {
        Referral referral = sent();

        notices.tell(referral, "SEND", "ccas-saumur", null, T0);

        assertThat(fired).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(CPAM);
            assertThat(n.event()).isEqualTo("SEND");
            assertThat(n.subject()).isEqualTo("Passerelle – Nouvelle orientation de : CCAS de Saumur");
            assertThat(n.body()).contains("Orientation : " + referral.id(), "Objet (code) : acces-aux-soins",
                    "Cadre : santé (CSP L1110-4)", "Statut : envoyée", "Date : 23/11/2026 à 10:00 (heure de Paris)",
                    "https://passerelle.example/ui/link/inbox/" + referral.id());
        });
    }

    @Test
    void theSenderIsToldOfEveryMoveOfThePartnerAndOfTheTimers() {
        for (String kind : List.of("ACKNOWLEDGE", "ACCEPT", "REJECT", "START", "HOLD", "RESUME", "COMPLETE", "FAIL",
                "CANCEL", ReferralEvent.MESSAGE)) {
            fired.clear();
            notices.tell(sent(), kind, "cpam-49", "DROITS_OUVERTS", T0);
            assertThat(fired).as(kind).singleElement().satisfies(n -> {
                assertThat(n.to()).isEqualTo(SENDER);
                assertThat(n.subject()).contains("CPAM de Maine-et-Loire").doesNotContain("DROITS_OUVERTS");
                assertThat(n.body()).contains("https://passerelle.example/ui/link/referral/");
            });
        }
        for (String kind : List.of(ReferralEvent.REMIND, "EXPIRE")) {
            fired.clear();
            notices.tell(sent(), kind, null, null, T0);
            assertThat(fired).as(kind).singleElement().extracting(Notice::to).isEqualTo(SENDER);
        }
    }

    @Test
    void theCcasSideTellsThePartnerOfCancellationsAndMessagesOnly() {
        Referral referral = sent();
        notices.tell(referral, "CANCEL", "ccas-saumur", ReferralEvent.CONSENT_WITHDRAWN, T0);
        notices.tell(referral, ReferralEvent.MESSAGE, "ccas-saumur", null, T0);
        notices.tell(referral, "ACCEPT", "ccas-saumur", null, T0);

        assertThat(fired).extracting(Notice::to).containsExactly(CPAM, CPAM);
        assertThat(fired.get(0).body()).contains("retrait de consentement");
    }

    @Test
    void aDraftAndAnAddresslessSenderTellNoOne() {
        Referral draft = new Referral("ccas-saumur", new Referral.Draft(UUID.randomUUID(), UUID.randomUUID(),
                "cpam-49", Cadre.SOCIAL_ACTION, "acces", Urgency.NORMAL, EnumSet.of(Field.PERSON_LAST_NAME),
                Set.of()),
                "agent.saumur", 1, T0);
        notices.tell(draft, ReferralEvent.CREATE, "ccas-saumur", null, T0);
        notices.tell(draft, "CANCEL", "ccas-saumur", null, T0);
        draft.send(UUID.randomUUID(), null, T0, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)));
        draft.apply(Transition.ACCEPT, "cpam.conseiller", null, T0);
        notices.tell(draft, "ACCEPT", "cpam-49", null, T0);

        assertThat(fired).isEmpty();
    }
}

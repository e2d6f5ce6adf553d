package org.passerelle.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.secrecy.referral.ReferralActor.CONSENT_WITHDRAWAL;
import static org.passerelle.secrecy.referral.ReferralActor.PARTNER_CASEWORKER;
import static org.passerelle.secrecy.referral.ReferralActor.RECIPIENT;
import static org.passerelle.secrecy.referral.ReferralActor.SYSTEM;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.passerelle.domain.referral.ReferralChange;
import org.passerelle.domain.referral.ReferralHandedOver;
import org.passerelle.domain.referral.ReferralMessaged;
import org.passerelle.domain.referral.ReferralTransitioned;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.Transition;

/** Who is told of which typed change, in which words (DESIGN §4, issue 5 item 4), without a container. */
class ReferralNoticesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final String SENDER = "claire.moreau@passerelle.example";
    private static final String CPAM = "orientations@cpam-49.demo.passerelle.example";
    private static final ReferralActor SENDER_ACTOR = ReferralActor.SENDER;

    private final List<Notice> fired = new ArrayList<>();
    private final ReferralNotices notices = notices();

    private ReferralNotices notices() {
        Organisation ccas = new Organisation("ccas-saumur", "CCAS de Saumur", OrganisationKind.CCAS, "Saumur", T0);
        Organisation cpam = new Organisation("cpam-49", "CPAM de Maine-et-Loire", OrganisationKind.CPAM, "Angers", T0);
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

    private static Referral draft() {
        return draft(Urgency.NORMAL);
    }

    private static Referral draft(Urgency urgency) {
        Referral referral = new Referral(
                "ccas-saumur",
                new Referral.Draft(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "cpam-49",
                        Cadre.HEALTH,
                        "acces-aux-soins",
                        urgency,
                        EnumSet.of(Field.PERSON_LAST_NAME),
                        Set.of()),
                "agent.saumur",
                1,
                T0);
        referral.notifySenderAt(SENDER);
        return referral;
    }

    private static ReferralTransitioned send(Referral referral) {
        return referral.send(
                SENDER_ACTOR,
                "agent.saumur",
                UUID.randomUUID(),
                null,
                T0,
                T0.plus(Duration.ofDays(10)),
                T0.plus(Duration.ofDays(30)));
    }

    private static Referral sent() {
        Referral referral = draft();
        send(referral);
        return referral;
    }

    /** A referral where {@code actor} may make {@code transition}, moved by it. */
    private static ReferralTransitioned moved(ReferralActor actor, Transition transition) {
        Referral referral = sent();
        if (actor == RECIPIENT) {
            referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0);
            if (transition == Transition.HOLD || transition == Transition.RESUME) {
                referral.apply(RECIPIENT, Transition.START, "cpam.conseiller", null, T0);
            }
            if (transition == Transition.RESUME) {
                referral.apply(RECIPIENT, Transition.HOLD, "cpam.conseiller", null, T0);
            }
        }
        return referral.apply(actor, transition, "cpam.conseiller", "DROITS_OUVERTS", T0);
    }

    /** The one notice a change calls for, if any. */
    private Optional<Notice> notice(ReferralChange change) {
        List<Notice> told = notices.notices(change);
        assertThat(told).as("notices of %s", change.kind()).hasSizeLessThanOrEqualTo(1);
        return told.stream().findFirst();
    }

    @Test
    void thePartnerIsToldOfTheArrivalWithALinkToItsInbox() {
        Referral referral = draft();

        notices.tell(send(referral));

        assertThat(fired).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(CPAM);
            assertThat(n.event()).isEqualTo("SEND");
            assertThat(n.subject()).isEqualTo("Passerelle – Nouvelle orientation de : CCAS de Saumur");
            assertThat(n.body())
                    .contains(
                            "Orientation : " + referral.id(),
                            "Objet (code) : acces-aux-soins",
                            "Cadre : santé (CSP L1110-4)",
                            "Statut : envoyée",
                            "Date : 23/11/2026 à 10:00 (heure de Paris)",
                            "https://passerelle.example/ui/link/inbox/" + referral.id());
        });
    }

    @Test
    void theSenderIsToldOfEveryMoveOfThePartnerInItsOwnWords() {
        Map<Transition, String> subjects = new EnumMap<>(Transition.class);
        subjects.put(Transition.ACKNOWLEDGE, "Orientation reçue par : ");
        subjects.put(Transition.ACCEPT, "Orientation acceptée par : ");
        subjects.put(Transition.REJECT, "Orientation refusée par : ");
        subjects.put(Transition.CANCEL, "Orientation annulée par : ");
        Map<Transition, String> ofTheRecipient = new EnumMap<>(Transition.class);
        ofTheRecipient.put(Transition.START, "Accompagnement commencé par : ");
        ofTheRecipient.put(Transition.HOLD, "Accompagnement suspendu par : ");
        ofTheRecipient.put(Transition.RESUME, "Accompagnement repris par : ");
        ofTheRecipient.put(Transition.COMPLETE, "Orientation terminée par : ");
        ofTheRecipient.put(Transition.FAIL, "Orientation close sans aboutir par : ");
        subjects.forEach((transition, subject) -> assertToldToSender(moved(PARTNER_CASEWORKER, transition), subject));
        ofTheRecipient.forEach((transition, subject) -> assertToldToSender(moved(RECIPIENT, transition), subject));

        Referral referral = sent();
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0);
        assertToldToSender(referral.acknowledgedLate(RECIPIENT, T0), "Orientation reçue par : ");
        assertToldToSender(
                new ReferralMessaged(sent(), PARTNER_CASEWORKER, UUID.randomUUID(), T0),
                "Nouveau message sur une orientation de : ");
    }

    @Test
    void theSenderIsToldOfAHandoverButNotOfAnAssignment() {
        Referral referral = sent();
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0);
        ReferralHandedOver handedOver = referral.changeRecipient(
                RECIPIENT, false, RecipientChange.HANDOVER, "cpam.conseiller", "cpam.responsable", T0);
        assertToldToSender(handedOver, "Orientation confiée à un autre professionnel par : ");
        assertThat(notice(handedOver))
                .hasValueSatisfying(
                        n -> assertThat(n.subject() + n.body()).doesNotContain("cpam.conseiller", "cpam.responsable"));

        ReferralHandedOver assigned = sent().changeRecipient(
                        PARTNER_CASEWORKER, true, RecipientChange.ASSIGN, "cpam.responsable", "cpam.conseiller", T0);
        assertThat(notice(assigned)).isEmpty();
    }

    @Test
    void theSenderIsToldOfTheTimers() {
        assertToldToSender(
                sent().reminded(T0.plus(Duration.ofDays(10)), null), "Relance : orientation sans réponse de : ");
        assertToldToSender(
                sent().apply(SYSTEM, Transition.EXPIRE, "system", null, T0.plus(Duration.ofDays(30))),
                "Orientation expirée sans réponse de : ");
    }

    @Test
    void aReminderReachesThePartnerTooAndAnUrgentOneIsEscalatedToItsManager() {
        Referral normal = sent();
        List<Notice> reminded = notices.notices(normal.reminded(T0.plus(Duration.ofDays(10)), null));
        assertThat(reminded).extracting(Notice::to).containsExactlyInAnyOrder(SENDER, CPAM);
        assertThat(reminded)
                .filteredOn(n -> n.to().equals(CPAM))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.event()).isEqualTo("REMIND");
                    assertThat(n.subject())
                            .isEqualTo("Passerelle – Relance : orientation en attente de réponse, de : CCAS de Saumur");
                    assertThat(n.body()).contains("/ui/link/inbox/" + normal.id());
                });
        assertThat(normal.escalateAt())
                .as("a normal orientation is not escalated")
                .isNull();
        assertThatThrownBy(() -> normal.escalated(T0)).isInstanceOf(IllegalStateException.class);

        Referral urgent = draft(Urgency.URGENT);
        send(urgent);
        Instant dayAfter = T0.plus(Duration.ofDays(2));
        assertThat(notices.notices(urgent.reminded(T0.plus(Duration.ofDays(1)), dayAfter)))
                .filteredOn(n -> n.to().equals(CPAM))
                .singleElement()
                .satisfies(n -> assertThat(n.subject()).contains("Relance : orientation urgente"));
        assertThat(urgent.escalateAt()).isEqualTo(dayAfter);
        List<Notice> escalated = notices.notices(urgent.escalated(dayAfter));
        assertThat(escalated).extracting(Notice::event).containsOnly("ESCALATE");
        assertThat(escalated)
                .filteredOn(n -> n.to().equals(CPAM))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.subject())
                            .isEqualTo(
                                    "Passerelle – À l'attention du responsable : orientation urgente sans réponse, de :"
                                            + " CCAS de Saumur");
                    assertThat(n.body()).contains("responsable de CPAM de Maine-et-Loire", "/ui/link/inbox/");
                });
        assertToldToSender(urgent.escalated(dayAfter), "Escalade : orientation urgente sans réponse de : ");
    }

    private void assertToldToSender(ReferralChange change, String subject) {
        assertThat(notices.notices(change))
                .as(change.kind())
                .filteredOn(n -> n.to().equals(SENDER))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.to()).isEqualTo(SENDER);
                    assertThat(n.event()).isEqualTo(change.kind());
                    assertThat(n.subject())
                            .isEqualTo("Passerelle – " + subject + "CPAM de Maine-et-Loire")
                            .doesNotContain("DROITS_OUVERTS");
                    assertThat(n.body())
                            .contains("https://passerelle.example/ui/link/referral/"
                                    + change.referral().id())
                            .doesNotContain("DROITS_OUVERTS");
                });
    }

    @Test
    void theCcasSideTellsThePartnerOfCancellationsAndMessagesOnly() {
        Optional<Notice> withdrawn =
                notice(sent().apply(CONSENT_WITHDRAWAL, Transition.CANCEL, "agent.saumur", "consent-withdrawn", T0));
        Optional<Notice> cancelled = notice(sent().apply(SENDER_ACTOR, Transition.CANCEL, "agent.saumur", null, T0));
        Optional<Notice> message = notice(new ReferralMessaged(sent(), SENDER_ACTOR, UUID.randomUUID(), T0));

        assertThat(withdrawn).hasValueSatisfying(n -> {
            assertThat(n.to()).isEqualTo(CPAM);
            assertThat(n.subject()).isEqualTo("Passerelle – Orientation annulée par : CCAS de Saumur");
            assertThat(n.body()).contains("retrait de consentement", "/ui/link/inbox/");
        });
        assertThat(cancelled).hasValueSatisfying(n -> assertThat(n.body()).doesNotContain("retrait de consentement"));
        assertThat(message).hasValueSatisfying(n -> {
            assertThat(n.to()).isEqualTo(CPAM);
            assertThat(n.event()).isEqualTo("MESSAGE");
        });
    }

    @Test
    void aDraftAndAnAddresslessSenderTellNoOne() {
        Referral draft = draft();
        assertThat(notice(draft.apply(SENDER_ACTOR, Transition.CANCEL, "agent.saumur", null, T0)))
                .isEmpty();

        Referral addressless = new Referral(
                "ccas-saumur",
                new Referral.Draft(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "cpam-49",
                        Cadre.SOCIAL_ACTION,
                        "acces",
                        Urgency.NORMAL,
                        EnumSet.of(Field.PERSON_LAST_NAME),
                        Set.of()),
                "agent.saumur",
                1,
                T0);
        send(addressless);
        notices.tell(addressless.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0));

        assertThat(fired).isEmpty();
    }
}

package org.passerelle.application.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.secrecy.referral.ReferralActor.CASE_CLOSURE;
import static org.passerelle.secrecy.referral.ReferralActor.CONSENT_WITHDRAWAL;
import static org.passerelle.secrecy.referral.ReferralActor.PARTNER_CASEWORKER;
import static org.passerelle.secrecy.referral.ReferralActor.RECIPIENT;
import static org.passerelle.secrecy.referral.ReferralActor.SENDER;
import static org.passerelle.secrecy.referral.ReferralActor.SYSTEM;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.exchange.OutboxKind;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralChange;
import org.passerelle.domain.referral.ReferralMessaged;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.referral.Transition;

/** What a partner's system hears of each typed change (docs/partner-exchange.md §2.1), without a container. */
class PartnerOutboxTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant AT = T0.plus(Duration.ofHours(5));

    private static Referral draft() {
        return new Referral(
                "ccas-saumur",
                new Referral.Draft(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "cpam-49",
                        Cadre.SOCIAL_ACTION,
                        "acces-aux-droits",
                        Urgency.NORMAL,
                        EnumSet.of(Field.PERSON_LAST_NAME),
                        Set.of()),
                "agent.saumur",
                1,
                T0);
    }

    private static Referral sent() {
        Referral referral = draft();
        referral.send(
                SENDER,
                "agent.saumur",
                UUID.randomUUID(),
                null,
                T0,
                T0.plus(Duration.ofDays(10)),
                T0.plus(Duration.ofDays(30)));
        return referral;
    }

    private static Referral accepted() {
        Referral referral = sent();
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0);
        return referral;
    }

    private static void assertMessage(ReferralChange change, OutboxKind kind, String reason, UUID eventId) {
        Optional<OutboxMessage> message = PartnerOutbox.messageFor(change);
        assertThat(message).as(change.kind()).hasValueSatisfying(m -> {
            assertThat(m.referralId()).isEqualTo(change.referral().id());
            assertThat(m.partner()).isEqualTo("cpam-49");
            assertThat(m.kind()).isEqualTo(kind);
            assertThat(m.reasonCode()).isEqualTo(reason);
            assertThat(m.eventId()).isEqualTo(eventId);
            assertThat(m.createdAt()).isEqualTo(change.at());
        });
    }

    private static void assertNone(ReferralChange change) {
        assertThat(PartnerOutbox.messageFor(change))
                .as(change.kind() + " by " + change.actor())
                .isEmpty();
    }

    @Test
    void aSentOrientationLeavesAsItsTriageView() {
        Referral referral = draft();
        assertMessage(
                referral.send(SENDER, "agent.saumur", UUID.randomUUID(), null, AT, AT, AT),
                OutboxKind.ORIENTATION,
                null,
                null);
    }

    @Test
    void theSharedFieldsLeaveOnAcceptanceOnly() {
        assertMessage(
                sent().apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, AT),
                OutboxKind.SHARE,
                null,
                null);
    }

    @Test
    void theCcasSidesEndsLeaveAsCancellationsWithTheContractsReasons() {
        assertMessage(
                accepted().apply(SENDER, Transition.CANCEL, "agent.saumur", "PLUS_NECESSAIRE", AT),
                OutboxKind.CANCELLATION,
                "SENDER_WITHDREW",
                null);
        assertMessage(
                accepted().apply(CONSENT_WITHDRAWAL, Transition.CANCEL, "agent.saumur", "consent-withdrawn", AT),
                OutboxKind.CANCELLATION,
                "CONSENT_WITHDRAWN",
                null);
        assertMessage(
                accepted().apply(CONSENT_WITHDRAWAL, Transition.CANCEL, "agent.saumur", "objection", AT),
                OutboxKind.CANCELLATION,
                "USAGER_OBJECTED",
                null);
        assertMessage(
                accepted().apply(CASE_CLOSURE, Transition.CANCEL, "agent.saumur", "case-closed", AT),
                OutboxKind.CANCELLATION,
                "CASE_CLOSED",
                null);
        assertMessage(
                sent().apply(SYSTEM, Transition.EXPIRE, "system", null, AT), OutboxKind.CANCELLATION, "EXPIRED", null);
    }

    @Test
    void theSendersMessageLeavesWithItsTimelineLine() {
        UUID line = UUID.randomUUID();
        assertMessage(new ReferralMessaged(accepted(), SENDER, line, AT), OutboxKind.MESSAGE, null, line);
    }

    @Test
    void thePartnersOwnMovesAndTheRemindersStayHome() {
        assertNone(sent().apply(SYSTEM, Transition.ACKNOWLEDGE, "system", null, AT));
        assertNone(sent().apply(PARTNER_CASEWORKER, Transition.ACKNOWLEDGE, "cpam.conseiller", null, AT));
        assertNone(sent().apply(PARTNER_CASEWORKER, Transition.REJECT, "cpam.conseiller", "DEJA_SUIVI", AT));
        assertNone(sent().apply(PARTNER_CASEWORKER, Transition.CANCEL, "cpam.conseiller", null, AT));
        assertNone(accepted().apply(RECIPIENT, Transition.CANCEL, "cpam.conseiller", null, AT));
        assertNone(accepted().apply(RECIPIENT, Transition.START, "cpam.conseiller", null, AT));
        assertNone(accepted().apply(RECIPIENT, Transition.COMPLETE, "cpam.conseiller", "DROITS_OUVERTS", AT));
        assertNone(accepted().apply(RECIPIENT, Transition.FAIL, "cpam.conseiller", "INJOIGNABLE", AT));
        assertNone(new ReferralMessaged(accepted(), RECIPIENT, UUID.randomUUID(), AT));
        assertNone(accepted().acknowledgedLate(RECIPIENT, AT));
        assertNone(sent().reminded(AT, null));
        assertNone(draft().apply(SENDER, Transition.CANCEL, "agent.saumur", null, AT));
    }
}

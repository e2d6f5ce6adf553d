package org.passerelle.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.secrecy.referral.ReferralActor.CONSENT_WITHDRAWAL;
import static org.passerelle.secrecy.referral.ReferralActor.PARTNER_CASEWORKER;
import static org.passerelle.secrecy.referral.ReferralActor.RECIPIENT;
import static org.passerelle.secrecy.referral.ReferralActor.SENDER;
import static org.passerelle.secrecy.referral.ReferralActor.SYSTEM;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.protection.FieldKeysConverter;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.RefusalKind;
import org.passerelle.secrecy.referral.Transition;

/** What an orientation records of each move; every (actor, status, transition) is in ReferralLifecycleTableTest. */
class ReferralTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final UUID NOTE = UUID.randomUUID();

    static Referral draft() {
        return new Referral(
                "ccas-saumur",
                new Referral.Draft(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "cpam-49",
                        Cadre.HEALTH,
                        "acces-aux-soins",
                        Urgency.URGENT,
                        EnumSet.of(Field.CASE_HEALTH_NOTES, Field.PERSON_LAST_NAME),
                        Set.of(NOTE)),
                "agent.saumur",
                1,
                T0);
    }

    static Referral sent() {
        Referral referral = draft();
        referral.send(
                SENDER,
                "agent.saumur",
                UUID.randomUUID(),
                UUID.randomUUID(),
                T0,
                T0.plus(Duration.ofDays(10)),
                T0.plus(Duration.ofDays(30)));
        return referral;
    }

    @Test
    void aDraftHoldsItsPickInCatalogueOrder() {
        Referral referral = draft();

        assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(referral.picked()).containsExactly(Field.PERSON_LAST_NAME, Field.CASE_HEALTH_NOTES);
        assertThat(referral.notes()).containsExactly(NOTE);
        assertThatThrownBy(() -> referral.notes().add(UUID.randomUUID()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(referral.sentAt()).isNull();
        assertThat(referral.overdue(T0.plus(Duration.ofDays(100)))).isFalse();
    }

    @Test
    void acceptingNamesTheRecipientAndAFinalStatusClosesIt() {
        Referral referral = sent();
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0.plusSeconds(60));
        referral.apply(RECIPIENT, Transition.COMPLETE, "cpam.conseiller", "DROITS_OUVERTS", T0.plusSeconds(120));

        assertThat(referral.recipient()).isEqualTo("cpam.conseiller");
        assertThat(referral.acceptedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.outcomeCode()).isEqualTo("DROITS_OUVERTS");
        assertThat(referral.closedAt()).isEqualTo(T0.plusSeconds(120));
        assertThatThrownBy(() -> referral.apply(SENDER, Transition.CANCEL, "agent.saumur", null, T0.plusSeconds(180)))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusalKind.CONFLICT);
                    assertThat(e.reasonCode()).isEqualTo("wrong-state");
                });
    }

    @Test
    void aRejectionKeepsItsCode() {
        Referral referral = sent();
        ReferralTransitioned rejected = referral.apply(
                PARTNER_CASEWORKER, Transition.REJECT, "cpam.conseiller", "DEJA_SUIVI", T0.plusSeconds(60));

        assertThat(referral.status()).isEqualTo(ReferralStatus.REJECTED);
        assertThat(referral.rejectionCode()).isEqualTo("DEJA_SUIVI");
        assertThat(referral.recipient()).isNull();
        assertThat(rejected.code()).isEqualTo("DEJA_SUIVI");
        assertThat(rejected.side()).isEqualTo(ReferralChange.Side.PARTNER);
    }

    @Test
    void itIsOverdueOnlyWhileAwaitingThePartnerPastItsReminderTime() {
        Referral referral = sent();

        assertThat(referral.overdue(T0.plus(Duration.ofDays(9)))).isFalse();
        assertThat(referral.overdue(T0.plus(Duration.ofDays(11)))).isTrue();
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0.plus(Duration.ofDays(11)));
        assertThat(referral.overdue(T0.plus(Duration.ofDays(12)))).isFalse();
    }

    @Test
    void sendingTwiceIsRefusedAsTheWrongState() {
        Referral referral = sent();

        assertThatThrownBy(() -> referral.send(SENDER, "agent.saumur", UUID.randomUUID(), null, T0, T0, T0))
                .isInstanceOfSatisfying(
                        TransitionRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RefusalKind.CONFLICT));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> draft().apply(SENDER, Transition.SEND, "agent.saumur", null, T0));
    }

    @Test
    void theSidesOfAChange() {
        Referral referral = sent();

        assertThat(referral.reminded(T0, T0.plusSeconds(86_400)).side()).isEqualTo(ReferralChange.Side.PASSERELLE);
        assertThat(referral.reminded(T0, T0.plusSeconds(86_400)).kind()).isEqualTo("REMIND");
        assertThat(referral.remindedAt()).isEqualTo(T0);
        assertThat(referral.apply(CONSENT_WITHDRAWAL, Transition.CANCEL, "agent.saumur", "consent-withdrawn", T0)
                        .side())
                .isEqualTo(ReferralChange.Side.CCAS);
        Referral expiring = sent();
        assertThat(expiring.apply(SYSTEM, Transition.EXPIRE, "system", null, T0).side())
                .isEqualTo(ReferralChange.Side.PASSERELLE);
    }

    @Test
    void anUrgentOneIsEscalatedOnceWhileItAwaitsItsPartner() {
        Referral referral = sent();
        Instant dayAfter = T0.plus(Duration.ofDays(11));
        referral.reminded(T0.plus(Duration.ofDays(10)), dayAfter);
        assertThat(referral.escalateAt()).isEqualTo(dayAfter);

        ReferralEscalated escalated = referral.escalated(dayAfter);

        assertThat(escalated.kind()).isEqualTo("ESCALATE");
        assertThat(escalated.side()).isEqualTo(ReferralChange.Side.PASSERELLE);
        assertThat(referral.escalatedAt()).isEqualTo(dayAfter);
        Referral accepted = sent();
        accepted.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0);
        assertThatIllegalStateException()
                .as("an answered orientation is not escalated")
                .isThrownBy(() -> accepted.escalated(dayAfter));
    }

    @Test
    void aLateAcknowledgementLeavesTheStatusAlone() {
        Referral referral = sent();
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0);

        ReferralAcknowledgedLate late = referral.acknowledgedLate(RECIPIENT, T0.plusSeconds(5));

        assertThat(late.kind()).isEqualTo("ACKNOWLEDGE");
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.receivedAt()).isNull();
        assertThatThrownBy(() -> sent().acknowledgedLate(SYSTEM, T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pickedFieldsConvertToKeysAndBack() {
        FieldKeysConverter converter = new FieldKeysConverter();
        String column = converter.convertToDatabaseColumn(EnumSet.of(Field.NOTE_BODY, Field.PERSON_NIR));

        assertThat(column).isEqualTo("person.nir,note.body");
        assertThat(converter.convertToEntityAttribute(column)).containsExactly(Field.PERSON_NIR, Field.NOTE_BODY);
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
    }

    @Test
    void aHandoverNamesTheNewRecipientAndKeepsTheStatus() {
        Referral referral = sent();
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0);
        referral.apply(RECIPIENT, Transition.START, "cpam.conseiller", null, T0.plusSeconds(1));

        ReferralHandedOver change = referral.changeRecipient(
                RECIPIENT, false, RecipientChange.HANDOVER, "cpam.conseiller", "cpam.responsable", T0.plusSeconds(2));

        assertThat(referral.recipient()).isEqualTo("cpam.responsable");
        assertThat(referral.status()).isEqualTo(ReferralStatus.IN_PROGRESS);
        assertThat(change.former()).isEqualTo("cpam.conseiller");
        assertThat(change.to()).isEqualTo("cpam.responsable");
        assertThat(change.kind()).isEqualTo("HANDOVER");
        assertThat(change.side()).isEqualTo(ReferralChange.Side.PARTNER);
        // The former recipient is a plain caseworker now: it may not hand it over again.
        assertThatThrownBy(() -> referral.changeRecipient(
                        PARTNER_CASEWORKER,
                        false,
                        RecipientChange.HANDOVER,
                        "cpam.conseiller",
                        "cpam.autre",
                        T0.plusSeconds(3)))
                .isInstanceOfSatisfying(
                        TransitionRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
        assertThat(referral.recipient()).isEqualTo("cpam.responsable");
    }

    @Test
    void theManagerAssignsBeforeAcceptanceAndTheAccepterBecomesTheRecipient() {
        Referral referral = sent();

        referral.changeRecipient(
                PARTNER_CASEWORKER, true, RecipientChange.ASSIGN, "cpam.responsable", "cpam.conseiller", T0);

        assertThat(referral.assignee()).isEqualTo("cpam.conseiller");
        assertThat(referral.recipient()).isNull();
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThatThrownBy(() -> referral.changeRecipient(
                        PARTNER_CASEWORKER, true, RecipientChange.HANDOVER, "cpam.responsable", "cpam.conseiller", T0))
                .isInstanceOfSatisfying(
                        TransitionRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RefusalKind.CONFLICT));
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0.plusSeconds(1));
        assertThat(referral.recipient()).isEqualTo("cpam.conseiller");
        assertThatThrownBy(() -> referral.changeRecipient(
                        PARTNER_CASEWORKER, true, RecipientChange.ASSIGN, "cpam.responsable", "cpam.autre", T0))
                .isInstanceOfSatisfying(
                        TransitionRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RefusalKind.CONFLICT));
    }

    @Test
    void aHandoverToWhoeverHoldsItOrToNobodyIsRefused() {
        Referral referral = sent();
        referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.conseiller", null, T0);

        assertThatThrownBy(() -> referral.changeRecipient(
                        PARTNER_CASEWORKER, true, RecipientChange.HANDOVER, "cpam.responsable", "cpam.conseiller", T0))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> referral.changeRecipient(
                        RECIPIENT, false, RecipientChange.HANDOVER, "cpam.conseiller", " ", T0))
                .isInstanceOf(InvalidInputException.class);
        assertThat(referral.recipient()).isEqualTo("cpam.conseiller");
    }
}

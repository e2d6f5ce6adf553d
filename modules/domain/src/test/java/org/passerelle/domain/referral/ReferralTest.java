package org.passerelle.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.protection.FieldKeysConverter;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;

/** What an orientation records of each move; who may make it is ReferralLifecycle's (secrecy) to decide. */
class ReferralTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final UUID NOTE = UUID.randomUUID();

    private static Referral draft() {
        return new Referral("ccas-saumur", new Referral.Draft(UUID.randomUUID(), UUID.randomUUID(), "cpam-49",
                Cadre.HEALTH, "acces-aux-soins", Urgency.URGENT,
                EnumSet.of(Field.CASE_HEALTH_NOTES, Field.PERSON_LAST_NAME), Set.of(NOTE)), "agent.saumur", 1, T0);
    }

    private static Referral sent() {
        Referral referral = draft();
        referral.send(UUID.randomUUID(), UUID.randomUUID(), T0, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(30)));
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
        referral.apply(Transition.ACCEPT, "cpam.conseiller", null, T0.plusSeconds(60));
        referral.apply(Transition.COMPLETE, "cpam.conseiller", "DROITS_OUVERTS", T0.plusSeconds(120));

        assertThat(referral.recipient()).isEqualTo("cpam.conseiller");
        assertThat(referral.acceptedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.outcomeCode()).isEqualTo("DROITS_OUVERTS");
        assertThat(referral.closedAt()).isEqualTo(T0.plusSeconds(120));
        assertThatIllegalStateException().isThrownBy(
                () -> referral.apply(Transition.CANCEL, "agent.saumur", null, T0.plusSeconds(180)));
    }

    @Test
    void aRejectionKeepsItsCode() {
        Referral referral = sent();
        referral.apply(Transition.REJECT, "cpam.conseiller", "DEJA_SUIVI", T0.plusSeconds(60));

        assertThat(referral.status()).isEqualTo(ReferralStatus.REJECTED);
        assertThat(referral.rejectionCode()).isEqualTo("DEJA_SUIVI");
        assertThat(referral.recipient()).isNull();
    }

    @Test
    void itIsOverdueOnlyWhileAwaitingThePartnerPastItsReminderTime() {
        Referral referral = sent();

        assertThat(referral.overdue(T0.plus(Duration.ofDays(9)))).isFalse();
        assertThat(referral.overdue(T0.plus(Duration.ofDays(11)))).isTrue();
        referral.apply(Transition.ACCEPT, "cpam.conseiller", null, T0.plus(Duration.ofDays(11)));
        assertThat(referral.overdue(T0.plus(Duration.ofDays(12)))).isFalse();
    }

    @Test
    void sendingTwiceIsAProgrammingError() {
        Referral referral = sent();

        assertThatIllegalStateException().isThrownBy(() -> referral.send(UUID.randomUUID(), null, T0, T0, T0));
    }

    @Test
    void pickedFieldsConvertToKeysAndBack() {
        FieldKeysConverter converter = new FieldKeysConverter();
        String column = converter.convertToDatabaseColumn(EnumSet.of(Field.NOTE_BODY, Field.PERSON_NIR));

        assertThat(column).isEqualTo("person.nir,note.body");
        assertThat(converter.convertToEntityAttribute(column)).containsExactly(Field.PERSON_NIR, Field.NOTE_BODY);
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
    }
}

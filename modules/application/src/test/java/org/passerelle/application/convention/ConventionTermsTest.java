package org.passerelle.application.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.convention.Channel;

class ConventionTermsTest {

    @Test
    void termsLeftOutTakeTheDefaults() {
        ConventionTerms terms = new ConventionTerms(
                        List.of("person.lastName"), null, null, null, null, null, null, null)
                .withDefaults();

        assertThat(terms.allowedFields()).containsExactly("person.lastName");
        assertThat(terms.channel()).isEqualTo(Channel.INBOX);
        assertThat(terms.endpoint()).isNull();
        assertThat(terms.partnerKeyRef()).isNull();
        assertThat(terms.reminderDays()).isEqualTo(10);
        assertThat(terms.urgentReminderDays()).isEqualTo(1);
        assertThat(terms.expiryDays()).isEqualTo(30);
        assertThat(terms.rejectionReasons())
                .extracting(ConventionTerms.Reason::code)
                .containsExactly("HORS_COMPETENCE", "DOSSIER_INCOMPLET", "DEJA_SUIVI", "DROITS_NON_OUVRABLES");
    }

    @Test
    void termsGivenAreKept() {
        List<ConventionTerms.Reason> reasons = List.of(new ConventionTerms.Reason("PLEIN", "Plus de place"));
        ConventionTerms given = new ConventionTerms(
                List.of("person.lastName"), Channel.HTTPS, "https://p.example", "ABCD", 5, 2, 15, reasons);

        assertThat(given.withDefaults()).isEqualTo(given);
        assertThat(new ConventionTerms(null, null, null, null, null, null, null, List.of())
                        .withDefaults()
                        .rejectionReasons())
                .as("an empty list is a choice, refused later, not a default")
                .isEmpty();
    }
}

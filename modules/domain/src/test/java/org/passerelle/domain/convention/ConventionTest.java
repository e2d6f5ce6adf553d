package org.passerelle.domain.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.protection.FieldKeysConverter;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;

class ConventionTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static Convention.Terms terms(Set<Field> fields) {
        return new Convention.Terms(fields, Channel.INBOX, null, null, 10, 1, 30, RejectionReason.STANDARD);
    }

    @Test
    void healthNeverGoesToTheCafWhateverTheCaller() {
        Set<Field> withHealth = Set.of(Field.PERSON_LAST_NAME, Field.CASE_HEALTH_NOTES);

        assertThatThrownBy(() -> new Convention(
                        "caf-49",
                        OrganisationKind.CAF,
                        Cadre.CONSENT,
                        "acces-aux-droits",
                        terms(withHealth),
                        "admin.passerelle",
                        T0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("HEALTH");
        Convention caf = new Convention(
                "caf-49",
                OrganisationKind.CAF,
                Cadre.SOCIAL_ACTION,
                "acces-aux-droits",
                terms(Set.of(Field.PERSON_LAST_NAME)),
                "admin.passerelle",
                T0);
        assertThatThrownBy(() -> caf.revise(OrganisationKind.CAF, terms(withHealth), "admin.passerelle", T0))
                .isInstanceOf(InvalidInputException.class);
        assertThat(caf.allowedFields()).containsExactly(Field.PERSON_LAST_NAME);

        Convention cpam = new Convention(
                "cpam-49",
                OrganisationKind.CPAM,
                Cadre.HEALTH,
                "acces-aux-soins",
                terms(withHealth),
                "admin.passerelle",
                T0);
        assertThat(cpam.allows(Field.CASE_HEALTH_NOTES)).isTrue();
    }

    @Test
    void onlyPartnersHaveConventions() {
        assertThatThrownBy(() -> new Convention(
                        "ccas-vitre",
                        OrganisationKind.CCAS,
                        Cadre.SOCIAL_ACTION,
                        "x",
                        terms(Set.of(Field.PERSON_LAST_NAME)),
                        "admin.passerelle",
                        T0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("partner"));
    }

    @Test
    void termsCheckTheirOwnGrammarNamingTheTerm() {
        Set<Field> name = Set.of(Field.PERSON_LAST_NAME);
        List<RejectionReason> reasons = RejectionReason.STANDARD;
        refused(() -> new Convention.Terms(Set.of(), Channel.INBOX, null, null, 10, 1, 30, reasons), "allowedFields");
        refused(
                () -> new Convention.Terms(
                        Set.of(Field.REFERRAL_REASON), Channel.INBOX, null, null, 10, 1, 30, reasons),
                "allowedFields");
        refused(() -> new Convention.Terms(name, Channel.INBOX, null, null, 30, 1, 30, reasons), "reminderDays");
        refused(() -> new Convention.Terms(name, Channel.INBOX, null, null, 0, 1, 30, reasons), "reminderDays");
        refused(() -> new Convention.Terms(name, Channel.INBOX, null, null, 10, 1, 366, reasons), "expiryDays");
        refused(() -> new Convention.Terms(name, Channel.INBOX, null, null, 10, 0, 30, reasons), "urgentReminderDays");
        refused(() -> new Convention.Terms(name, Channel.INBOX, null, null, 3, 4, 30, reasons), "urgentReminderDays");
        refused(
                () -> new Convention.Terms(name, Channel.INBOX, "https://caf.example/in", null, 10, 1, 30, reasons),
                "endpoint");
        refused(() -> new Convention.Terms(name, Channel.HTTPS, null, null, 10, 1, 30, reasons), "endpoint");
        refused(
                () -> new Convention.Terms(name, Channel.HTTPS, "sftp://caf.example/in", null, 10, 1, 30, reasons),
                "endpoint");
        refused(
                () -> new Convention.Terms(
                        name, Channel.HTTPS, "https://user:pw@caf.example/in", null, 10, 1, 30, reasons),
                "endpoint");
        refused(() -> new Convention.Terms(name, Channel.INBOX, null, "key-1", 10, 1, 30, reasons), "partnerKeyRef");
        refused(
                () -> new Convention.Terms(name, Channel.HTTPS, "https://caf.example/in", "key 1", 10, 1, 30, reasons),
                "partnerKeyRef");
        refused(() -> new Convention.Terms(name, Channel.INBOX, null, null, 10, 1, 30, List.of()), "rejectionReasons");
        refused(
                () -> new Convention.Terms(
                        name,
                        Channel.INBOX,
                        null,
                        null,
                        10,
                        1,
                        30,
                        List.of(
                                reasons.get(0),
                                new RejectionReason(reasons.get(0).code(), "Autre libellé"))),
                "rejectionReasons");
        assertThat(new Convention.Terms(name, Channel.HTTPS, "https://caf.example/in", "key-1", 1, 1, 365, reasons)
                        .endpoint())
                .isEqualTo("https://caf.example/in");
        assertThat(new Convention.Terms(name, Channel.AMQP, "amqps://dept.example/queue", "key-1", 1, 1, 365, reasons)
                        .channel())
                .isEqualTo(Channel.AMQP);
    }

    private static void refused(ThrowingCallable building, String term) {
        assertThatThrownBy(building)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(term));
    }

    @Test
    void deactivationIsFinal() {
        Convention convention = new Convention(
                "dept-49",
                OrganisationKind.DEPARTEMENT,
                Cadre.RSA,
                "insertion-rsa",
                terms(Set.of(Field.CASE_RSA_STATUS)),
                "admin.passerelle",
                T0);
        assertThat(convention.isActive()).isTrue();

        convention.deactivate("admin.passerelle", T0);

        assertThat(convention.isActive()).isFalse();
        assertThatThrownBy(() -> convention.deactivate("admin.passerelle", T0))
                .isInstanceOf(ConventionInactiveException.class);
        assertThatThrownBy(() -> convention.revise(
                        OrganisationKind.DEPARTEMENT, terms(Set.of(Field.CASE_RSA_STATUS)), "admin.passerelle", T0))
                .isInstanceOf(ConventionInactiveException.class);
    }

    @Test
    void rejectionReasonsAreCodedAndLabelledOnOneLine() {
        assertThatThrownBy(() -> new RejectionReason("hors competence", "Hors de notre compétence"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RejectionReason("HORS|X", "Hors de notre compétence"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RejectionReason("HORS_COMPETENCE", "Hors de\nnotre compétence"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RejectionReason("HORS_COMPETENCE", " ")).isInstanceOf(InvalidInputException.class);
        assertThat(new RejectionReason("HORS_COMPETENCE", " Hors de notre compétence ").label())
                .isEqualTo("Hors de notre compétence");
    }

    @Test
    void convertersRoundTrip() {
        FieldKeysConverter fields = new FieldKeysConverter();
        Set<Field> all = EnumSet.allOf(Field.class);
        String column =
                fields.convertToDatabaseColumn(Set.of(Field.NOTE_BODY, Field.PERSON_NIR, Field.PERSON_LAST_NAME));
        assertThat(column).isEqualTo("person.lastName,person.nir,note.body");
        assertThat(fields.convertToEntityAttribute(fields.convertToDatabaseColumn(all)))
                .isEqualTo(all);
        assertThatThrownBy(() -> fields.convertToEntityAttribute("person.lastName,person.shoeSize"))
                .isInstanceOf(IllegalStateException.class);

        RejectionReasonsConverter reasons = new RejectionReasonsConverter();
        List<RejectionReason> list = List.of(
                new RejectionReason("B_FIRST", "Libellé | avec barre"), new RejectionReason("A_SECOND", "Deuxième"));
        String text = reasons.convertToDatabaseColumn(list);
        assertThat(text).isEqualTo("B_FIRST|Libellé | avec barre\nA_SECOND|Deuxième");
        assertThat(reasons.convertToEntityAttribute(text)).isEqualTo(list);
    }
}

package org.passerelle.domain.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.protection.FieldKeysConverter;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;

class ConventionTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static Convention.Terms terms(Set<Field> fields) {
        return new Convention.Terms(fields, Channel.INBOX, null, null, 10, 30, RejectionReason.STANDARD);
    }

    @Test
    void healthNeverGoesToTheCafWhateverTheCaller() {
        Set<Field> withHealth = Set.of(Field.PERSON_LAST_NAME, Field.CASE_HEALTH_NOTES);

        assertThatThrownBy(() -> new Convention("caf-49", OrganisationKind.CAF, Cadre.CONSENT, "acces-aux-droits",
                terms(withHealth), "admin.passerelle", T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HEALTH");
        Convention caf = new Convention("caf-49", OrganisationKind.CAF, Cadre.SOCIAL_ACTION, "acces-aux-droits",
                terms(Set.of(Field.PERSON_LAST_NAME)), "admin.passerelle", T0);
        assertThatThrownBy(() -> caf.revise(OrganisationKind.CAF, terms(withHealth), "admin.passerelle", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(caf.allowedFields()).containsExactly(Field.PERSON_LAST_NAME);

        Convention cpam = new Convention("cpam-49", OrganisationKind.CPAM, Cadre.HEALTH, "acces-aux-soins",
                terms(withHealth), "admin.passerelle", T0);
        assertThat(cpam.allows(Field.CASE_HEALTH_NOTES)).isTrue();
    }

    @Test
    void onlyPartnersHaveConventions() {
        assertThatThrownBy(() -> new Convention("ccas-vitre", OrganisationKind.CCAS, Cadre.SOCIAL_ACTION, "x",
                terms(Set.of(Field.PERSON_LAST_NAME)), "admin.passerelle", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void termsKeepTheirInvariants() {
        Set<Field> name = Set.of(Field.PERSON_LAST_NAME);
        List<RejectionReason> reasons = RejectionReason.STANDARD;
        assertThatThrownBy(() -> new Convention.Terms(Set.of(), Channel.INBOX, null, null, 10, 30, reasons))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Convention.Terms(name, Channel.INBOX, null, null, 30, 30, reasons))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Convention.Terms(name, Channel.INBOX, null, null, 0, 30, reasons))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Convention.Terms(name, Channel.INBOX, null, null, 10, 366, reasons))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Convention.Terms(name, Channel.INBOX, "https://caf.example/in", null, 10, 30,
                reasons)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Convention.Terms(name, Channel.HTTPS, null, null, 10, 30, reasons))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Convention.Terms(name, Channel.INBOX, null, "key-1", 10, 30, reasons))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Convention.Terms(name, Channel.INBOX, null, null, 10, 30, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Convention.Terms(name, Channel.INBOX, null, null, 10, 30,
                List.of(reasons.get(0), new RejectionReason(reasons.get(0).code(), "Autre libellé"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Convention.Terms(name, Channel.HTTPS, "https://caf.example/in", "key-1", 1, 365, reasons)
                .endpoint()).isEqualTo("https://caf.example/in");
    }

    @Test
    void deactivationIsFinal() {
        Convention convention = new Convention("dept-49", OrganisationKind.DEPARTEMENT, Cadre.RSA, "insertion-rsa",
                terms(Set.of(Field.CASE_RSA_STATUS)), "admin.passerelle", T0);
        assertThat(convention.isActive()).isTrue();

        convention.deactivate("admin.passerelle", T0);

        assertThat(convention.isActive()).isFalse();
        assertThatThrownBy(() -> convention.deactivate("admin.passerelle", T0))
                .isInstanceOf(ConventionInactiveException.class);
        assertThatThrownBy(() -> convention.revise(OrganisationKind.DEPARTEMENT,
                terms(Set.of(Field.CASE_RSA_STATUS)), "admin.passerelle", T0))
                .isInstanceOf(ConventionInactiveException.class);
    }

    @Test
    void rejectionReasonsAreCodedAndLabelledOnOneLine() {
        assertThatThrownBy(() -> new RejectionReason("hors competence", "Hors de notre compétence"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectionReason("HORS|X", "Hors de notre compétence"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectionReason("HORS_COMPETENCE", "Hors de\nnotre compétence"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectionReason("HORS_COMPETENCE", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertersRoundTrip() {
        FieldKeysConverter fields = new FieldKeysConverter();
        Set<Field> all = EnumSet.allOf(Field.class);
        String column = fields.convertToDatabaseColumn(
                Set.of(Field.NOTE_BODY, Field.PERSON_NIR, Field.PERSON_LAST_NAME));
        assertThat(column).isEqualTo("person.lastName,person.nir,note.body");
        assertThat(fields.convertToEntityAttribute(fields.convertToDatabaseColumn(all))).isEqualTo(all);
        assertThatThrownBy(() -> fields.convertToEntityAttribute("person.lastName,person.shoeSize"))
                .isInstanceOf(IllegalStateException.class);

        RejectionReasonsConverter reasons = new RejectionReasonsConverter();
        List<RejectionReason> list = List.of(new RejectionReason("B_FIRST", "Libellé | avec barre"),
                new RejectionReason("A_SECOND", "Deuxième"));
        String text = reasons.convertToDatabaseColumn(list);
        assertThat(text).isEqualTo("B_FIRST|Libellé | avec barre\nA_SECOND|Deuxième");
        assertThat(reasons.convertToEntityAttribute(text)).isEqualTo(list);
    }
}

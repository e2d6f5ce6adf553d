package org.passerelle.testing.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.crypto.Nir;
import org.passerelle.testing.people.Usager.Consent;
import org.passerelle.testing.people.Usager.NoteType;
import org.passerelle.testing.people.Usager.Person;
import org.passerelle.testing.people.Usager.PriorNotice;

class FictitiousPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<Usager> DEMO = new FictitiousPeople(FictitiousPeople.SEED).usagers(TODAY);

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(new FictitiousPeople(FictitiousPeople.SEED).usagers(TODAY)).isEqualTo(DEMO);
        // Another day moves the dates of notices and consents, never who the people are.
        assertThat(new FictitiousPeople(FictitiousPeople.SEED).usagers(TODAY.plusDays(400)))
                .extracting(Usager::person)
                .isEqualTo(DEMO.stream().map(Usager::person).toList());
        assertThat(new FictitiousPeople(FictitiousPeople.SEED + 1).usagers(TODAY))
                .extracting(Usager::person)
                .isNotEqualTo(DEMO.stream().map(Usager::person).toList());
    }

    @Test
    void aboutThirtySixUsagersAtSaumurAndSixAtVitre() {
        assertThat(DEMO.stream().filter(u -> u.ccas() == Ccas.SAUMUR)).hasSize(36);
        assertThat(DEMO.stream().filter(u -> u.ccas() == Ccas.VITRE)).hasSize(6);
        assertThat(new FictitiousPeople(FictitiousPeople.SEED).usagersOf(Ccas.SAUMUR, TODAY))
                .isEqualTo(DEMO.subList(0, 36));
    }

    @Test
    void everyNirIsValidForTheServerAndMatchesThePerson() {
        for (Usager usager : DEMO) {
            Person p = usager.person();
            assertThat(Nir.parse(p.nir()).value()).isEqualTo(p.nir());
            assertThat(p.nir().substring(1, 5))
                    .isEqualTo(String.format(
                            "%02d%02d",
                            p.birthDate().getYear() % 100, p.birthDate().getMonthValue()));
            assertThat(p.nir().substring(5, 7)).isEqualTo(usager.ccas() == Ccas.SAUMUR ? "49" : "35");
            assertThat(Integer.parseInt(p.nir().substring(7, 10)))
                    .as("a commune code no département has")
                    .isBetween(991, 999);
        }
        assertThat(DEMO.stream().map(u -> u.person().nir()).distinct()).hasSize(DEMO.size());
        assertThat(DEMO.stream().map(u -> u.person().nir().charAt(0)).distinct())
                .containsExactlyInAnyOrder('1', '2');
    }

    @Test
    void namesAndBirthDatesFindExactlyOnePersonPerCcas() {
        for (Ccas ccas : Ccas.values()) {
            List<Person> people = DEMO.stream()
                    .filter(u -> u.ccas() == ccas)
                    .map(Usager::person)
                    .toList();
            assertThat(people.stream()
                            .map(p -> p.lastName() + "/" + p.firstNames() + "/" + p.birthDate())
                            .distinct())
                    .hasSize(people.size());
        }
    }

    @Test
    void peopleLookFrenchAndPlausible() {
        List<Person> people = DEMO.stream().map(Usager::person).toList();
        assertThat(people).allSatisfy(p -> {
            assertThat(p.birthDate()).isBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2008, 1, 1));
            assertThat(p.phone()).matches("0[67]( \\d{2}){4}");
            assertThat(p.address()).matches(".*, (49400 Saumur|35500 Vitré)");
            assertThat(p.firstNames()).doesNotContain("|");
            if (p.email() != null) {
                assertThat(p.email()).matches("[a-z][a-z0-9.-]*@example\\.(org|net|com)");
            }
        });
        assertThat(people).anySatisfy(p -> assertThat(p.firstNames()).matches(".*\\p{L}-\\p{L}.*"));
        assertThat(people)
                .anySatisfy(p -> assertThat(p.firstNames() + p.lastName()).matches(".*[éèëêïîôçñŸÿüı].*"));
        assertThat(people).anySatisfy(p -> assertThat(p.birthName()).isNotNull());
        assertThat(people.stream().filter(p -> p.email() != null).count()).isBetween(10L, 35L);
        assertThat(people.stream().map(Person::lastName).distinct().count()).isGreaterThan(25);
    }

    @Test
    void dossiersHoldNotesOfBothTypesAndACoupleAreClosed() {
        assertThat(DEMO)
                .allSatisfy(u -> assertThat(u.dossier().notes())
                        .extracting(Usager.Note::type)
                        .contains(NoteType.INTERNE, NoteType.PARTAGEABLE));
        assertThat(DEMO)
                .allSatisfy(u -> assertThat(u.dossier().notes())
                        .allSatisfy(n -> assertThat(n.body()).isNotBlank().doesNotContain("|")));
        assertThat(DEMO.stream().filter(u -> u.dossier().closed()).count()).isBetween(1L, 4L);
        assertThat(DEMO.stream().filter(u -> u.dossier().update() != null).count())
                .isPositive();
        assertThat(DEMO.stream()
                        .filter(u -> u.dossier().opening().healthNotes() != null)
                        .count())
                .isPositive();
        assertThat(DEMO)
                .allSatisfy(u -> assertThat(u.dossier().opening().household()).doesNotContain("|"));
    }

    @Test
    void healthIsConsentedToTheCpamAndNeverToTheCaf() {
        List<Consent> consents =
                DEMO.stream().flatMap(u -> u.consents().stream()).toList();
        assertThat(consents).anySatisfy(c -> {
            assertThat(c.recipient()).isEqualTo("cpam-49");
            assertThat(c.categories()).contains(Category.HEALTH);
        });
        assertThat(consents).noneSatisfy(c -> {
            assertThat(c.recipient()).isEqualTo("caf-49");
            assertThat(c.categories()).contains(Category.HEALTH);
        });
        List<PriorNotice> notices =
                DEMO.stream().flatMap(u -> u.notices().stream()).toList();
        assertThat(notices).noneSatisfy(n -> {
            assertThat(n.recipients()).contains("caf-49");
            assertThat(n.categories()).contains(Category.HEALTH);
        });
    }

    @Test
    void everyConsentFollowsANoticeThatCoversIt() {
        Instant now = TODAY.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        for (Usager usager : DEMO) {
            for (Consent consent : usager.consents()) {
                assertThat(usager.notices()).anySatisfy(n -> {
                    assertThat(n.recipients()).contains(consent.recipient());
                    assertThat(n.categories()).containsAll(consent.categories());
                    assertThat(n.informedAt()).isBefore(consent.givenAt());
                });
                assertThat(consent.givenAt()).isBefore(now);
                assertThat(consent.purpose())
                        .matches("[a-z0-9][a-z0-9-]{0,63}")
                        .isIn("acces-aux-droits", "acces-aux-soins", "insertion-rsa", "aide-logement");
                if (consent.evidenceReference() != null) {
                    assertThat(consent.evidenceReference()).matches("[A-Za-z0-9][A-Za-z0-9._/:#-]{0,99}");
                }
                if (consent.expiresOn() != null) {
                    assertThat(consent.expiresOn()).isAfter(TODAY);
                }
            }
        }
        Set<String> recipients = DEMO.stream()
                .flatMap(u -> u.consents().stream())
                .map(Consent::recipient)
                .collect(Collectors.toSet());
        assertThat(recipients).containsExactlyInAnyOrder("caf-49", "cpam-49", "dept-49");
        assertThat(DEMO.stream()
                        .flatMap(u -> u.consents().stream())
                        .filter(c -> c.withdrawal() != null)
                        .count())
                .isBetween(1L, 2L);
        assertThat(DEMO.stream().filter(u -> u.notices().isEmpty()).count())
                .as("notices still to give")
                .isBetween(1L, 6L);
    }
}

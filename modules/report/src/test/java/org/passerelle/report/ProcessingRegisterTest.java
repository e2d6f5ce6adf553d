package org.passerelle.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.secrecy.FieldCategory;

/** The register's content, built from a configuration, and its CSV and PDF read back. */
class ProcessingRegisterTest {

    static final List<String> CATEGORIES =
            Arrays.stream(FieldCategory.values()).map(Enum::name).toList();

    static ProcessingRegister typical() {
        return ProcessingRegister.build(
                "REG-2026-0001",
                Instant.parse("2026-12-07T09:30:00Z"),
                "dpo.saumur",
                new ProcessingRegister.Configuration(
                        "CCAS de Saumur",
                        "dpo@ccas-saumur.example",
                        CATEGORIES,
                        List.of(
                                new ProcessingRegister.Recipient(
                                        "cpam-49",
                                        "CPAM de Maine-et-Loire",
                                        "HEALTH",
                                        "CSP L1110-4",
                                        true,
                                        "acces-aux-soins",
                                        List.of("HEALTH", "IDENTITY", "CONTACT", "HEALTH")),
                                new ProcessingRegister.Recipient(
                                        "caf-49",
                                        "CAF de Maine-et-Loire",
                                        "SOCIAL_ACTION",
                                        "CASF L121-6-2",
                                        false,
                                        "ouverture-droits",
                                        List.of("RESOURCES", "IDENTITY", "FAMILY"))),
                        18));
    }

    @Test
    void listsEveryActiveConventionsRecipientWithItsCategoriesInCatalogueOrder() {
        ProcessingRegister register = typical();

        assertThat(register.recipients())
                .extracting(ProcessingRegister.Recipient::organisationCode)
                .containsExactly("caf-49", "cpam-49");
        assertThat(register.recipients().get(0).categories()).containsExactly("IDENTITY", "FAMILY", "RESOURCES");
        assertThat(register.recipients().get(1).categories()).containsExactly("IDENTITY", "CONTACT", "HEALTH");
        assertThat(register.recipients().get(1).consentRequired()).isTrue();
    }

    @Test
    void describesTheCcasOwnProcessingTheOrientationsAndTheJournal() {
        ProcessingRegister register = typical();

        assertThat(register.activities()).hasSize(3);
        assertThat(register.activities().get(0).dataCategories()).isEqualTo(CATEGORIES);
        ProcessingRegister.Activity orientation = register.activities().get(1);
        assertThat(orientation.legalBasis()).contains("CASF L121-6-2").contains("CSP L1110-4");
        assertThat(orientation.purpose()).contains("acces-aux-soins").contains("ouverture-droits");
        assertThat(orientation.dataCategories())
                .containsExactly("IDENTITY", "CONTACT", "FAMILY", "RESOURCES", "HEALTH");
        assertThat(register.activities().get(2).name()).isEqualTo("Journal des accès");
    }

    @Test
    void withoutAnActiveConventionThereIsNoRecipientNorOrientationActivity() {
        ProcessingRegister register = ProcessingRegister.build(
                "REG-2",
                Instant.parse("2026-12-07T09:30:00Z"),
                "dpo.saumur",
                new ProcessingRegister.Configuration("CCAS de Vitré", "dpo@vitre.example", CATEGORIES, List.of(), 12));

        assertThat(register.recipients()).isEmpty();
        assertThat(register.activities())
                .extracting(ProcessingRegister.Activity::name)
                .noneMatch(name -> name.startsWith("Orientation"));
        assertThat(Rendered.read(ProcessingRegisterPdf.render(register)).text())
                .contains("Aucune convention de partage n’est active");
    }

    @Test
    void givesTheRetentionPeriodsFromTheConfiguration() {
        assertThat(typical().retentions())
                .anySatisfy(r -> {
                    assertThat(r.data()).isEqualTo("Journal des accès");
                    assertThat(r.period()).startsWith("18 mois");
                })
                .anySatisfy(r -> assertThat(r.period()).startsWith("2 ans après le dernier contact"));
    }

    @Test
    void theCsvHasOneRowPerRecipientWithItsCategoriesInWords() {
        String csv = new String(ProcessingRegisterCsv.render(typical()), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(lines.get(0)).isEqualTo("rubrique,intitule,code,finalite,base_legale,categories,personnes,detail");
        assertThat(csv).contains("\r\n");
        assertThat(lines)
                .filteredOn(l -> l.startsWith("destinataire,"))
                .containsExactly(
                        "destinataire,CAF de Maine-et-Loire,caf-49,ouverture-droits,Action sociale (CASF L121-6-2),"
                                + "Identité ; Situation familiale ; Ressources,,",
                        "destinataire,CPAM de Maine-et-Loire,cpam-49,acces-aux-soins,Santé (CSP L1110-4),"
                                + "Identité ; Coordonnées ; Santé,,consentement requis");
        assertThat(lines).anyMatch(l -> l.startsWith("securite,"));
        assertThat(lines).anyMatch(l -> l.startsWith("conservation,Journal des accès,"));
    }

    @Test
    void aCsvCellThatASpreadsheetWouldRunIsDefused() {
        assertThat(ProcessingRegisterCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ProcessingRegisterCsv.cell("a, b")).isEqualTo("\"a, b\"");
    }

    @Test
    void thePdfIsFrenchAndHoldsEverySectionAndRecipient() {
        byte[] pdf = ProcessingRegisterPdf.render(typical());
        Rendered rendered = Rendered.read(pdf);

        assertThat(rendered.language()).isEqualTo("fr-FR");
        assertThat(rendered.information().getTitle()).isEqualTo("Registre des activités de traitement");
        assertThat(rendered.text())
                .containsSubsequence(
                        "Registre des activités de traitement",
                        "Responsable de traitement : CCAS de Saumur",
                        "Délégué à la protection des données : dpo@ccas-saumur.example",
                        "Activités de traitement",
                        "Accompagnement social des usagers",
                        "Orientation vers les organismes partenaires",
                        "Journal des accès",
                        "Destinataires",
                        "CAF de Maine-et-Loire",
                        "CPAM de Maine-et-Loire",
                        "Durées de conservation",
                        "Mesures de sécurité",
                        "Transferts hors de l’Union européenne")
                .contains("Référence : REG-2026-0001")
                .contains("Établi le 07/12/2026 à 10:30")
                .contains("Santé")
                .contains("acces-aux-soins")
                .contains("18 mois")
                .doesNotContain("HEALTH", "IDENTITY", "SOCIAL_ACTION");
        assertThat(Rendered.page(pdf, rendered.pages()))
                .contains("page " + rendered.pages() + " sur " + rendered.pages());
    }
}

package org.passerelle.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the usager reads on a typical report, read back from the PDF. */
class AccessReportPdfTest {

    private final Rendered rendered = Rendered.of(Reports.typical());

    @Test
    void isFrenchAndNamesTheSectionsInOrder() {
        assertThat(rendered.text())
                .containsSubsequence(
                        "Relevé des accès à vos données",
                        "CCAS de Saumur",
                        "Personne concernée : Élodie MARTIN, née le 12/03/1984",
                        "Données détenues",
                        "Finalités",
                        "Organismes destinataires",
                        "Consultations et communications",
                        "Vos droits");
        assertThat(rendered.language()).isEqualTo("fr-FR");
    }

    @Test
    void saysWhoProducedItWhenAndUnderWhichReference() {
        assertThat(rendered.text())
                .contains("Établi le 23/11/2026 à 10:15")
                .contains("dpo.saumur")
                .contains("Référence : AR-2026-0042");
    }

    @Test
    void listsTheCategoriesHeldWithFrenchLabels() {
        assertThat(rendered.text())
                .contains("Identité", "Coordonnées", "Ressources", "Santé")
                .doesNotContain("IDENTITY", "CONTACT", "RESOURCES", "HEALTH");
    }

    @Test
    void listsThePurposes() {
        assertThat(rendered.text()).contains("acces-aux-soins", "acces-aux-droits");
    }

    @Test
    void listsTheRecipientsWithWhatTheyReceiveAndForHowLong() {
        assertThat(rendered.text())
                .contains("CPAM de Maine-et-Loire — finalité : acces-aux-soins — données : Identité, Santé"
                        + " — depuis le 01/02/2026.")
                .contains("CAF de Maine-et-Loire — finalité : acces-aux-droits — données : Identité, Ressources"
                        + " — du 15/01/2026 au 30/09/2026.");
    }

    @Test
    void listsEachAccessWithItsParisDateKindOrganisationPurposeAndCategories() {
        assertThat(rendered.text())
                .containsSubsequence("Date", "Nature", "Organisme", "Finalité", "Données")
                .contains("12/03/2026 14:05 Consultation CCAS de Saumur — Identité, Coordonnées")
                .contains("01/07/2026 10:30 Communication CPAM de Maine-et-Loire acces-aux-soins Identité, Santé");
    }

    @Test
    void listsAccessesInDateOrderWhateverTheOrderGiven() {
        AccessReport report = Reports.withAccesses(Reports.typical().accesses().reversed(), false);

        assertThat(Rendered.of(report).text()).containsSubsequence("12/03/2026 14:05", "01/07/2026 10:30");
    }

    @Test
    void explainsTheRightsInPlainWords() {
        assertThat(rendered.text())
                .contains("consulter vos données", "corriger", "limiter", "vous opposer")
                .contains("délégué à la protection des données (DPO) de CCAS de Saumur")
                .contains("réclamation à la CNIL");
    }

    @Test
    void carriesTheReferenceDateAndPageNumberInTheFooter() {
        assertThat(rendered.pages()).isEqualTo(1);
        assertThat(rendered.text())
                .contains("Relevé des accès · réf. AR-2026-0042 · établi le 23/11/2026")
                .contains("page 1 sur 1");
    }

    @Test
    void metadataHoldsTheTitleAndNoPersonalData() {
        assertThat(rendered.information().getTitle()).isEqualTo("Relevé des accès");
        assertThat(rendered.information().getAuthor()).isNull();
        assertThat(rendered.information().getSubject()).isNull();
        assertThat(rendered.information().getKeywords()).isNull();
        assertThat(rendered.information().getMetadataKeys())
                .allSatisfy(
                        key -> assertThat(String.valueOf(rendered.information().getPropertyStringValue(key)))
                                .doesNotContain("MARTIN", "Élodie", "dpo.saumur"));
        assertThat(rendered.hasXmp()).isFalse();
    }

    @Test
    void saysSoWhenASectionIsEmpty() {
        AccessReport empty = new AccessReport(
                "AR-1",
                Reports.PRODUCED,
                "dpo.saumur",
                "CCAS de Saumur",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false);

        Rendered emptyReport = Rendered.of(empty);

        assertThat(emptyReport.text())
                .contains("Aucune donnée vous concernant n’est enregistrée.")
                .contains("Aucune finalité enregistrée.")
                .contains("Vos données ne sont communiquées à aucun organisme extérieur.")
                .contains("Aucune consultation ni communication de vos données n’est enregistrée.")
                .doesNotContain("Personne concernée");
    }

    @Test
    void showsAnUnknownCodeAsItIs() {
        AccessReport report = Reports.withAccesses(
                List.of(new AccessReport.Access(
                        Reports.WINTER, "EXPORT", "CCAS de Saumur", null, List.of("PHOTO"), null)),
                false);

        assertThat(Rendered.of(report).text()).contains("12/03/2026 14:05 EXPORT CCAS de Saumur — PHOTO");
    }

    /** Issue 15: a line the journal cannot vouch for is marked, never shown as genuine. */
    @Test
    void marksAnAccessWhoseJournalLineIsUnverified() {
        AccessReport genuine = Reports.withAccesses(
                List.of(new AccessReport.Access(
                        Reports.WINTER, "CONSULTATION", "CCAS de Saumur", null, List.of("IDENTITY"), null, true)),
                false);
        AccessReport forged = Reports.withAccesses(
                List.of(new AccessReport.Access(
                        Reports.WINTER, "CONSULTATION", "CCAS de Saumur", null, List.of("IDENTITY"), null, false)),
                false);

        assertThat(Rendered.of(genuine).text()).doesNotContain("non vérifiée");
        assertThat(Rendered.of(forged).text())
                .contains("12/03/2026 14:05 (non vérifiée)")
                .contains("ne portent pas le sceau du journal");
    }
}

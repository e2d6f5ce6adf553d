package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** S14: the DPO produces an usager's access report, JSON or PDF, without staff names by default. */
@ExtendWith(StackExtension.class)
class AccessReportIT {

    private static String personId;
    private static String lastName;

    @BeforeAll
    static void anUsagerWithConsentsAndReads() {
        lastName = TestData.unique("Rapport");
        personId = TestData.registerPerson("agent.saumur", TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase("agent.saumur", personId, List.of(), Map.of("healthNotes", "Suivi diabète"))
                .path("id")
                .asText();
        String agent = Keycloak.token("agent.saumur");
        assertThat(Http.send(
                                "POST",
                                Http.api("/consents"),
                                agent,
                                Map.of(
                                        "personId",
                                        personId,
                                        "recipient",
                                        "cpam-49",
                                        "purpose",
                                        "acces-aux-soins",
                                        "categories",
                                        List.of("HEALTH", "IDENTITY"),
                                        "means",
                                        "WRITTEN"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(Http.send(
                                "POST",
                                Http.api("/consents"),
                                agent,
                                Map.of(
                                        "personId",
                                        personId,
                                        "recipient",
                                        "caf-49",
                                        "purpose",
                                        "aide-logement",
                                        "categories",
                                        List.of("RESOURCES", "HOUSING"),
                                        "means",
                                        "ORAL"))
                        .statusCode())
                .isEqualTo(201);
        Http.get(Http.api("/cases/" + caseId), agent);
        Http.get(Http.api("/persons/" + personId), Keycloak.token("accueil.saumur"));
    }

    @Test
    void theJsonReportListsOrganisationsPurposesAndConsultationsWithoutStaffNames() {
        HttpResponse<String> response = Http.send(
                "POST", Http.api("/access-reports"), Keycloak.token("dpo.saumur"), Map.of("personId", personId));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = Http.json(response);
        assertThat(report.path("organisationName").asText()).isEqualTo("CCAS de Saumur");
        assertThat(report.path("usagerDisplayName").asText()).contains(lastName.toUpperCase());
        assertThat(report.path("categoriesHeld")).extracting(JsonNode::asText).contains("IDENTITY", "HEALTH");
        assertThat(report.path("purposes")).extracting(JsonNode::asText).contains("acces-aux-soins", "aide-logement");
        assertThat(report.path("recipients"))
                .extracting(r -> r.path("organisationName").asText())
                .containsExactlyInAnyOrder("CPAM de Maine-et-Loire", "CAF de Maine-et-Loire");
        assertThat(report.path("accesses")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.path("kind").asText()).isEqualTo("CONSULTATION");
            assertThat(a.path("organisationName").asText()).isEqualTo("CCAS de Saumur");
            assertThat(a.has("staffName")).isFalse();
        });
        assertThat(response.body()).doesNotContain("agent.saumur").doesNotContain("accueil.saumur");
        JournalIT.Entry entry = JournalIT.onlyEntryOf(response, 200);
        assertThat(entry.action()).isEqualTo("EXPORT");
        assertThat(entry.personId()).isEqualTo(personId);
    }

    @Test
    void thePdfOpensAndHoldsTheSameFacts() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(Http.api("/access-reports").toString()))
                                .header("Authorization", "Bearer " + Keycloak.token("dpo.saumur"))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/pdf")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + personId + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "CPAM de Maine-et-Loire",
                            "CAF de Maine-et-Loire",
                            "acces-aux-soins",
                            "aide-logement",
                            "CCAS de Saumur",
                            "Consultation");
            assertThat(text).doesNotContain("agent.saumur").doesNotContain("accueil.saumur");
        }
    }

    @Test
    void staffNamesOnlyWhenAskedAndOnlyForTheDpoOfTheCcas() {
        HttpResponse<String> withNames = Http.send(
                "POST",
                Http.api("/access-reports"),
                Keycloak.token("dpo.saumur"),
                Map.of("personId", personId, "includeStaffNames", true));
        assertThat(withNames.body()).contains("agent.saumur");

        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/access-reports"),
                        Keycloak.token("agent.saumur"),
                        Map.of("personId", personId)),
                403);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/access-reports"),
                        Keycloak.token(Keycloak.createUser("ccas-vitre", "auditor")),
                        Map.of("personId", personId)),
                404);
    }
}

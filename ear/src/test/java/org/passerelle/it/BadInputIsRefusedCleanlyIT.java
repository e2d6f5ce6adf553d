package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets a clear problem (400/404/409/422), no stack trace, and leaves no partial write. */
@ExtendWith(StackExtension.class)
class BadInputIsRefusedCleanlyIT {

    private final String agent = Keycloak.token("agent.saumur");

    @Test
    void malformedBodiesAre400AndWriteNothing() {
        long persons = TestData.count("person");
        Map<String, Object> unknownField = TestData.person(TestData.unique("Petit"), TestData.nir());
        unknownField.put("favouriteColour", "bleu");
        Map<String, Object> wrongType = TestData.person(TestData.unique("Petit"), TestData.nir());
        wrongType.put("birthDate", 12);

        for (Object body : List.of("{not json", "[1,2]", unknownField, wrongType)) {
            HttpResponse<String> response = Http.send("POST", Http.api("/persons"), agent, body);
            Http.assertProblem(response, 400);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("bleu");
        }
        JsonNode unknown = Http.json(Http.send("POST", Http.api("/persons"), agent, unknownField));
        assertThat(unknown.path("errors").findValuesAsText("field")).containsExactly("favouriteColour");

        assertThat(TestData.count("person")).isEqualTo(persons);
    }

    @Test
    void rulesBrokenByWellFormedInputAre422NamingTheFieldNotTheValue() {
        long persons = TestData.count("person");
        String nir = TestData.nir();
        String badKey = nir.substring(0, 13) + (nir.endsWith("01") ? "02" : "01");
        Map<String, Object> wrongKey = TestData.person(TestData.unique("Roux"), badKey);
        Map<String, Object> tooLong = TestData.person("x".repeat(201), TestData.nir());
        Map<String, Object> missingName = TestData.person(TestData.unique("Roux"), TestData.nir());
        missingName.remove("lastName");

        HttpResponse<String> response = Http.send("POST", Http.api("/persons"), agent, wrongKey);
        assertThat(Http.assertProblem(response, 422).path("errors").findValuesAsText("field")).containsExactly("nir");
        assertThat(response.body()).doesNotContain(badKey);
        Http.assertProblem(Http.send("POST", Http.api("/persons"), agent, tooLong), 422);
        Http.assertProblem(Http.send("POST", Http.api("/persons"), agent, missingName), 422);

        assertThat(TestData.count("person")).isEqualTo(persons);
    }

    @Test
    void unknownIdsAndIdsOfAnotherOrganisationAre404() {
        String vitrePerson = TestData.registerPerson("agent.vitre",
                TestData.person(TestData.unique("Vitréen"), TestData.nir())).path("id").asText();
        long cases = TestData.count("case_file");

        Http.assertProblem(Http.get(Http.api("/persons/not-a-uuid"), agent), 404);
        Http.assertProblem(Http.get(Http.api("/persons/" + vitrePerson), agent), 404);
        Http.assertProblem(Http.send("POST", Http.api("/cases"), agent, Map.of("personId", vitrePerson)), 404);

        assertThat(TestData.count("case_file")).isEqualTo(cases);
    }
}

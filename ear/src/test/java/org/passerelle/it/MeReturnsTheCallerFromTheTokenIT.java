package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/v1/me with real tokens of the demo users of DESIGN §5 (roles separated by spaces). */
@ExtendWith(StackExtension.class)
class MeReturnsTheCallerFromTheTokenIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            agent.saumur     | ccas-saumur | CCAS de Saumur                | CCAS        | ccas-agent
            agent.vitre      | ccas-vitre  | CCAS de Vitré                 | CCAS        | ccas-agent
            accueil.saumur   | ccas-saumur | CCAS de Saumur                | CCAS        | ccas-reception
            collegue.saumur  | ccas-saumur | CCAS de Saumur                | CCAS        | ccas-agent
            responsable.saumur | ccas-saumur | CCAS de Saumur              | CCAS        | ccas-manager
            caf.instructeur  | caf-49      | CAF de Maine-et-Loire         | CAF         | partner-caseworker
            cpam.conseiller  | cpam-49     | CPAM de Maine-et-Loire        | CPAM        | partner-caseworker
            cpam.responsable | cpam-49     | CPAM de Maine-et-Loire        | CPAM        | partner-caseworker partner-manager
            dept.referent    | dept-49     | Département de Maine-et-Loire | DEPARTEMENT | partner-caseworker
            dpo.saumur       | ccas-saumur | CCAS de Saumur                | CCAS        | auditor
            admin.passerelle | ccas-saumur | CCAS de Saumur                | CCAS        | admin
            """)
    void answersWithTheOrganisationAndRoleOfTheDemoUser(
            String username, String organisation, String organisationName, String kind, String role) throws Exception {
        String token = Keycloak.token(username);

        HttpResponse<String> response = Http.get(Http.api("/me"), token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode me = Http.json(response);
        assertThat(me.path("username").asText()).isEqualTo(username);
        assertThat(me.path("id").asText()).isEqualTo(subjectOf(token)).isNotBlank();
        assertThat(me.path("organisation").asText()).isEqualTo(organisation);
        assertThat(me.path("organisationName").asText()).isEqualTo(organisationName);
        assertThat(me.path("organisationKind").asText()).isEqualTo(kind);
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder(role.split(" "));
    }

    private static String subjectOf(String token) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return Http.JSON.readTree(payload).path("sub").asText();
    }
}

package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An authenticated user is not enough: they need a Passerelle role and a known organisation. */
@ExtendWith(StackExtension.class)
class CallersWithoutStandingAreForbiddenIT {

    @Test
    void aUserWithoutAnyPasserelleRoleGets403() {
        String username = Keycloak.createUser("ccas-saumur");

        JsonNode problem = Http.assertProblem(Http.get(Http.api("/me"), Keycloak.token(username)), 403);

        assertThat(problem.path("type").asText()).isEqualTo("urn:problem-type:passerelle:forbidden");
    }

    @Test
    void aUserOfAnOrganisationPasserelleDoesNotKnowGets403() {
        String username = Keycloak.createUser("ccas-inconnu", "ccas-agent");

        JsonNode problem = Http.assertProblem(Http.get(Http.api("/me"), Keycloak.token(username)), 403);

        assertThat(problem.path("type").asText()).isEqualTo("urn:problem-type:passerelle:unknown-organisation");
    }
}

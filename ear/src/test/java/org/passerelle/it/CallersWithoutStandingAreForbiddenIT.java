package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An authenticated user is not enough: they need a Passerelle role and a known organisation. */
@ExtendWith(StackExtension.class)
class CallersWithoutStandingAreForbiddenIT {

    @Test
    void aUserWithoutAnyPasserelleRoleGets403() {
        String username = Keycloak.createUser("ccas-saumur");

        HttpResponse<String> response = Http.get(Http.api("/me"), Keycloak.token(username));
        JsonNode problem = Http.assertProblem(response, 403);

        assertThat(problem.path("type").asText()).isEqualTo("urn:problem-type:passerelle:forbidden");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(refusalsOf(username, requestId))
                .as("the container's refusal is journaled (S11)")
                .isEqualTo(1);
    }

    private static int refusalsOf(String username, String requestId) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from journal_entry where username = ? and request_id = ? and outcome = 'FORBIDDEN'"
                                + " and reason_code = 'role-not-permitted'")) {
            s.setString(1, username);
            s.setString(2, requestId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aUserOfAnOrganisationPasserelleDoesNotKnowGets403() {
        String username = Keycloak.createUser("ccas-inconnu", "ccas-agent");

        JsonNode problem = Http.assertProblem(Http.get(Http.api("/me"), Keycloak.token(username)), 403);

        assertThat(problem.path("type").asText()).isEqualTo("urn:problem-type:passerelle:unknown-organisation");
    }
}

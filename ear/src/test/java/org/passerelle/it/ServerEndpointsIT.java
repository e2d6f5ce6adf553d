package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server's own endpoints: OpenAPI document, readiness, and problems for unknown paths. */
@ExtendWith(StackExtension.class)
class ServerEndpointsIT {

    @Test
    void openApiDocumentListsTheApiWithoutAToken() {
        HttpResponse<String> response = Http.get(Stack.API.resolve("/openapi?format=JSON"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = Http.json(response);
        assertThat(document.path("paths").has("/api/v1/me")).as(response.body()).isTrue();
        assertThat(document.path("components").path("securitySchemes").has("keycloak"))
                .isTrue();
    }

    @Test
    void readinessReportsDatabaseAndKeycloak() {
        HttpResponse<String> response = Http.get(Stack.MANAGEMENT.resolve("/health/ready"), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode health = Http.json(response);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("checks").findValuesAsText("name")).contains("database", "keycloak");
        for (JsonNode check : health.path("checks")) {
            assertThat(check.path("status").asText()).as(check.toString()).isEqualTo("UP");
        }
    }

    @Test
    void answersHoldingPersonalDataTellTheBrowserNotToFrameSniffReferOrKeepThem() {
        HttpResponse<String> me = Http.get(Http.api("/me"), Keycloak.token("agent.saumur"));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'none'", "default-src 'self'");
        assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(me.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void unknownApiPathIsANotFoundProblem() {
        HttpResponse<String> response = Http.get(Http.api("/nothing-here"), Keycloak.token("agent.saumur"));

        JsonNode problem = Http.assertProblem(response, 404);
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/nothing-here");
    }
}

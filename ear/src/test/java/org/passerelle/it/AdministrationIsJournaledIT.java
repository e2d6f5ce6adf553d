package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 9: what an administrator changes about where and how data leaves (a convention,
 * its channel and endpoint included; a partner's keys or certificate) is journaled under the
 * administrator, never with the terms or the key, and raised to the DPO of the administrator's CCAS.
 */
@ExtendWith(StackExtension.class)
class AdministrationIsJournaledIT {

    private static final String ADMIN = "admin.passerelle";
    private static final String DPO = "dpo.saumur";

    @Test
    void aConventionCreatedRevisedAndDeactivatedIsJournaledAndRaisedToTheDpo() throws SQLException {
        String admin = Keycloak.token(ADMIN);
        Map<String, Object> body = new HashMap<>();
        body.put("partner", "dept-49");
        body.put("cadre", "CONSENT");
        body.put("purpose", TestData.unique("it-admin-"));
        body.put("allowedFields", List.of("person.lastName", "person.firstNames"));
        HttpResponse<String> created = Http.send("POST", Http.api("/conventions"), admin, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).path("id").asText();

        Map<String, Object> terms = new HashMap<>();
        terms.put("allowedFields", List.of("person.lastName"));
        terms.put("channel", "INBOX");
        HttpResponse<String> revised =
                Http.send("PUT", Http.api("/conventions/" + id), admin, terms, "If-Match", "\"0\"");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        HttpResponse<String> ended = Http.send("POST", Http.api("/conventions/" + id + "/deactivation"), admin, null);
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);

        for (String what : List.of("convention-create:", "convention-revise:", "convention-deactivate:")) {
            assertJournaledAndRaised(what + id);
        }
    }

    @Test
    void aPartnersKeysRegisteredAgainAreJournaledAndRaisedToTheDpo() throws SQLException {
        String admin = Keycloak.token(ADMIN);
        // The Département's keys as they stand (put back unchanged), or the simulator's if none yet.
        Map<String, Object> material = new HashMap<>();
        for (JsonNode key : Http.json(Http.get(Http.api("/partner-keys"), admin))) {
            if (key.path("partner").asText().equals("dept-49")) {
                material.put("openpgp", key.path("openpgp").asText());
                for (String field : List.of("tlsCertificate", "sshHostKey")) {
                    if (key.hasNonNull(field)) {
                        material.put(field, key.path(field).asText());
                    }
                }
            }
        }
        if (material.isEmpty()) {
            material.put("openpgp", Simulator.keys("dept-49").path("openpgp").asText());
        }
        HttpResponse<String> registered = Http.send("PUT", Http.api("/partner-keys/dept-49"), admin, material);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);

        assertJournaledAndRaised("partner-keys:dept-49");
    }

    /** The latest entry with this reason code names the administrator and its request; an alert points at it. */
    private static void assertJournaledAndRaised(String reasonCode) throws SQLException {
        long entryId;
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("select id, username, organisation_code, action, outcome,"
                        + " request_id, fields from journal_entry where reason_code = ? order by id desc limit 1")) {
            s.setString(1, reasonCode);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("journaled: " + reasonCode).isTrue();
                entryId = rs.getLong(1);
                assertThat(rs.getString(2)).isEqualTo(ADMIN);
                assertThat(rs.getString(3)).isEqualTo("ccas-saumur");
                assertThat(rs.getString(4)).isEqualTo("ADMINISTRATION");
                assertThat(rs.getString(5)).isEqualTo("ALLOW");
                assertThat(rs.getString(6)).isNotBlank();
                assertThat(rs.getString(7)).as("no term, no key").isEmpty();
            }
        }
        List<JsonNode> alerts = adminChangeAlerts(Keycloak.token(DPO));
        assertThat(alerts).as("raised to the DPO: " + reasonCode).anySatisfy(a -> {
            assertThat(a.path("journalEntryId").asLong()).isEqualTo(entryId);
            assertThat(a.path("username").asText()).isEqualTo(ADMIN);
            assertThat(a.path("detail").asText()).contains(reasonCode);
        });
    }

    private static List<JsonNode> adminChangeAlerts(String dpoToken) {
        List<JsonNode> alerts = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response =
                    Http.get(Http.api("/alerts?kind=ADMIN_CHANGE&size=500&page=" + page), dpoToken);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = Http.json(response);
            StreamSupport.stream(body.path("alerts").spliterator(), false).forEach(alerts::add);
            if ((long) (page + 1) * 500 >= body.path("total").asLong()) {
                return alerts;
            }
        }
    }
}

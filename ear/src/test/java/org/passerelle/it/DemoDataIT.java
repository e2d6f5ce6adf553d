package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.demo.DemoData;
import org.passerelle.demo.SeedingReport;
import org.passerelle.testing.people.Ccas;
import org.passerelle.testing.people.FictitiousPeople;
import org.passerelle.testing.people.Usager;

/**
 * The demo data of {@code ./passerelle run}: seeded through the API by the CCAS agents, found by
 * the usual search, isolated per CCAS, and seeded once only.
 */
@ExtendWith(StackExtension.class)
@OwnStack("seeds a fresh database")
class DemoDataIT {

    private static final String[] OPTIONS = {
        "--api=" + Stack.API, "--keycloak=" + Stack.KEYCLOAK_URL, "--realm=" + Stack.REALM
    };

    @Test
    void theDemoIsSeededThroughTheApiOnceOnly() throws SQLException {
        List<Usager> demo = new FictitiousPeople(FictitiousPeople.SEED).usagers(LocalDate.now());
        demo.forEach(u -> TestData.NIRS_USED.add(u.person().nir())); // NoNirInServerLogsSweep checks them too
        Usager first =
                demo.stream().filter(u -> u.ccas() == Ccas.SAUMUR).findFirst().orElseThrow();
        Usager.Person person = first.person();

        SeedingReport seeded = DemoData.run(OPTIONS);

        assertThat(seeded.usagersCreated()).isEqualTo(demo.size());
        assertThat(seeded.usagers(Ccas.SAUMUR)).isEqualTo(36);
        assertThat(seeded.usagers(Ccas.VITRE)).isEqualTo(6);

        String saumur = Keycloak.token("agent.saumur");
        HttpResponse<String> found = Http.send(
                "POST",
                Http.api("/persons/search"),
                saumur,
                Map.of(
                        "lastName",
                        person.lastName(),
                        "firstNames",
                        person.firstNames(),
                        "birthDate",
                        person.birthDate().toString()));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        List<String> ids = Http.json(found).findValuesAsText("id");
        assertThat(ids).hasSize(1);
        UUID personId = UUID.fromString(ids.getFirst());

        UUID caseId = caseOf(personId);
        HttpResponse<String> caseFile = Http.get(Http.api("/cases/" + caseId), saumur);
        assertThat(Http.json(caseFile).path("household").asText())
                .isEqualTo(first.dossier().opening().household());
        HttpResponse<String> notes = Http.get(Http.api("/cases/" + caseId + "/notes"), saumur);
        assertThat(notes.statusCode()).as(notes.body()).isEqualTo(200);
        assertThat(Http.json(notes).findValuesAsText("type")).contains("INTERNE", "PARTAGEABLE");
        HttpResponse<String> consents = Http.get(Http.api("/consents?personId=" + personId), saumur);
        assertThat(consents.statusCode()).as(consents.body()).isEqualTo(200);
        assertThat(Http.json(consents)).hasSize(first.consents().size());
        HttpResponse<String> notices = Http.get(Http.api("/prior-notices?personId=" + personId), saumur);
        assertThat(Http.json(notices)).hasSize(first.notices().size());

        Http.assertProblem(Http.get(Http.api("/persons/" + personId), Keycloak.token("agent.vitre")), 404);
        // The demo's running delegation (S6): the agent's colleague stands in on the agent's dossiers.
        String colleague = Keycloak.token("collegue.saumur");
        assertThat(Http.get(Http.api("/cases/" + caseId), colleague).statusCode())
                .isEqualTo(200);
        assertThat(runningDelegationsToTheColleague(colleague)).isEqualTo(1);

        // Dossiers with a team (issue 18, item 9): the colleague is on the team of the second Saumur usager's.
        Usager.Person second = demo.stream()
                .filter(u -> u.ccas() == Ccas.SAUMUR)
                .skip(1)
                .findFirst()
                .orElseThrow()
                .person();
        List<String> secondIds = Http.json(Http.send(
                        "POST",
                        Http.api("/persons/search"),
                        saumur,
                        Map.of(
                                "lastName",
                                second.lastName(),
                                "firstNames",
                                second.firstNames(),
                                "birthDate",
                                second.birthDate().toString())))
                .findValuesAsText("id");
        assertThat(secondIds).hasSize(1);
        UUID teamCase = caseOf(UUID.fromString(secondIds.getFirst()));
        JsonNode withTeam = Http.json(Http.get(Http.api("/cases/" + teamCase), saumur));
        assertThat(withTeam.path("referent").asText()).isEqualTo("agent.saumur");
        assertThat(java.util.stream.StreamSupport.stream(withTeam.path("team").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList())
                .containsExactly("collegue.saumur");
        JournalIT.Entry asTeamMate = JournalIT.onlyEntryOf(Http.get(Http.api("/cases/" + teamCase), colleague), 200);
        assertThat(asTeamMate.reasonCode())
                .as("on the team, the colleague needs no delegation")
                .doesNotStartWith("delegation:");
        assertThat(Http.json(Http.get(Http.api("/cases/" + caseId), saumur)).path("team"))
                .as("the first one has no team")
                .isEmpty();

        long persons = TestData.count("person");
        SeedingReport again = DemoData.run(OPTIONS);

        assertThat(again.alreadySeeded()).isTrue();
        assertThat(again.summary()).contains("already seeded");
        assertThat(TestData.count("person")).isEqualTo(persons);
        JsonNode stillOne = Http.json(Http.send(
                "POST",
                Http.api("/persons/search"),
                saumur,
                Map.of(
                        "lastName",
                        person.lastName(),
                        "firstNames",
                        person.firstNames(),
                        "birthDate",
                        person.birthDate().toString())));
        assertThat(stillOne.findValuesAsText("id")).containsExactly(personId.toString());
        assertThat(runningDelegationsToTheColleague(colleague))
                .as("seeded once")
                .isEqualTo(1);
    }

    /**
     * The suite shares one stack: other tests count on the colleague being refused on the agent's
     * dossiers, so the demo's delegation ends with this test.
     */
    @AfterEach
    void endTheDemoDelegation() {
        String agent = Keycloak.token("agent.saumur");
        for (JsonNode d : Http.json(Http.get(Http.api("/delegations"), agent))) {
            if (d.path("delegate").asText().equals("collegue.saumur")
                    && d.path("status").asText().equals("RUNNING")) {
                HttpResponse<String> ended = Http.send(
                        "DELETE", Http.api("/delegations/" + d.path("id").asText()), agent, null);
                assertThat(ended.statusCode()).as(ended.body()).isIn(200, 204);
            }
        }
    }

    private static long runningDelegationsToTheColleague(String colleagueToken) {
        HttpResponse<String> listed = Http.get(Http.api("/delegations"), colleagueToken);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(Http.json(listed).spliterator(), false)
                .filter(d -> d.path("delegator").asText().equals("agent.saumur")
                        && d.path("delegate").asText().equals("collegue.saumur")
                        && d.path("status").asText().equals("RUNNING"))
                .count();
    }

    /** The usager's one dossier: the API has no search by usager yet, the database does. */
    private static UUID caseOf(UUID personId) throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("select id from case_file where person_id = ?")) {
            s.setObject(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a dossier for the usager").isTrue();
                UUID id = rs.getObject(1, UUID.class);
                assertThat(rs.next()).as("one dossier only").isFalse();
                return id;
            }
        }
    }
}

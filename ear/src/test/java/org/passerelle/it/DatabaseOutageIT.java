package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testing.PrivatePostgres;

/**
 * PostgreSQL restarted, then stopped for 10 s, under a steady stream of reads and writes (issue 16):
 * no request answers 500, every error is a 503 problem with {@code Retry-After}, the server serves
 * again by itself afterwards, no write is half applied (each usager stored has its journal entry
 * and the other way round), and each outage writes fewer than 10 lines to the server log.
 *
 * <p>The database is a private PostgreSQL cluster with a server of its own ({@link PrivatePostgres},
 * {@link IsolatedServer}): the suite's shared one is never stopped.
 */
@ExtendWith(StackExtension.class)
@OwnStack("starts a second server on the tests' Keycloak, its web client secret and folder")
class DatabaseOutageIT {

    private static final String DATABASE = "passerelle_outage";

    private record Answer(String what, HttpResponse<String> response, Instant at) {}

    @Test
    void aRestartAndATenSecondStopAnswer503AndHealByThemselves() throws Exception {
        String password = Faults.password();
        try (PrivatePostgres postgres =
                PrivatePostgres.start(Stack.runFolder().resolve("outage-postgres"), Stack.PORTS.privatePostgres())) {
            postgres.createDatabase(DATABASE, DATABASE, password);
            try (IsolatedServer server = new IsolatedServer(
                            "outage-server", postgres.url(DATABASE), DATABASE, password, Faults.masterKey())
                    .start()) {
                Faults.awaitAnswer(
                        URI.create(IsolatedServer.MANAGEMENT + "/health/ready"),
                        null,
                        r -> r.statusCode() == 200,
                        Duration.ofMinutes(3));
                List<Answer> answers = new CopyOnWriteArrayList<>();
                Set<String> created = java.util.concurrent.ConcurrentHashMap.newKeySet();
                AtomicBoolean running = new AtomicBoolean(true);
                Thread writer = Thread.ofPlatform().start(() -> writeAndRead(running, answers, created));
                Thread reader = Thread.ofPlatform().start(() -> readBack(running, answers, created));
                try {
                    awaitSuccessAfter(answers, Instant.now());

                    int before = server.logLines().size();
                    Instant restarted = Instant.now();
                    postgres.restart();
                    awaitSuccessAfter(answers, Instant.now());
                    Thread.sleep(3000);
                    List<String> restartLog = server.logLines();
                    List<String> restartLines = restartLog.subList(before, restartLog.size());

                    before = server.logLines().size();
                    Instant stopped = Instant.now();
                    postgres.stop();
                    Thread.sleep(10_000);
                    postgres.start();
                    Instant back = Instant.now();
                    awaitSuccessAfter(answers, back);
                    Thread.sleep(3000);
                    List<String> stopLog = server.logLines();
                    int stopLines = stopLog.size() - before;

                    running.set(false);
                    writer.join();
                    reader.join();

                    assertThat(answers.stream()
                                    .filter(a -> a.at().isAfter(stopped) && a.at().isBefore(back))
                                    .filter(a -> a.response().statusCode() == 503))
                            .as("the 10 s stop must be met by requests")
                            .isNotEmpty();
                    for (Answer answer : answers) {
                        int status = answer.response().statusCode();
                        assertThat(status)
                                .as("%s: %s", answer.what(), answer.response().body())
                                .isIn(200, 201, 503);
                        if (status == 503) {
                            Faults.assertRetryLater(answer.response());
                        }
                    }
                    assertThat(restartLines.size())
                            .as("log lines of the restart (from %s): %s", restarted, restartLines)
                            .isLessThan(10);
                    assertThat(stopLines)
                            .as(
                                    "log lines of the stop: %s",
                                    stopLog.subList(stopLog.size() - stopLines, stopLog.size()))
                            .isLessThan(10);
                    assertNoHalfWrite(postgres, created);
                } finally {
                    running.set(false);
                }
            }
        }
    }

    /** Registers usagers one after another, reading each back. */
    private static void writeAndRead(AtomicBoolean running, List<Answer> answers, Set<String> created) {
        while (running.get()) {
            HttpResponse<String> response = call(() -> Http.send(
                    "POST",
                    URI.create(IsolatedServer.API + "/persons"),
                    Keycloak.token("agent.saumur"),
                    TestData.person(TestData.unique("Panne"), TestData.nir())));
            if (response == null) {
                continue;
            }
            answers.add(new Answer("POST /persons", response, Instant.now()));
            if (response.statusCode() == 201) {
                JsonNode person = Http.json(response);
                created.add(person.path("id").asText());
            }
        }
    }

    /** Reads usagers already registered, at random. */
    private static void readBack(AtomicBoolean running, List<Answer> answers, Set<String> created) {
        while (running.get()) {
            List<String> ids = List.copyOf(created);
            if (ids.isEmpty()) {
                pause();
                continue;
            }
            String id = ids.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(ids.size()));
            HttpResponse<String> response = call(
                    () -> Http.get(URI.create(IsolatedServer.API + "/persons/" + id), Keycloak.token("agent.saumur")));
            if (response != null) {
                answers.add(new Answer("GET /persons/{id}", response, Instant.now()));
            }
        }
    }

    private static HttpResponse<String> call(java.util.function.Supplier<HttpResponse<String>> request) {
        try {
            return request.get();
        } catch (IllegalStateException e) {
            throw new AssertionError("the server did not answer: " + e.getMessage(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitSuccessAfter(List<Answer> answers, Instant after) {
        await("a request served after " + after)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> answers.stream()
                        .anyMatch(a -> a.at().isAfter(after) && a.response().statusCode() / 100 == 2));
    }

    /** Every usager stored has its CREATE journal entry and every such entry its usager; every 201 is stored. */
    private static void assertNoHalfWrite(PrivatePostgres postgres, Set<String> created) throws Exception {
        Set<String> persons = ids(postgres, "select id from person");
        Set<String> journaled = ids(
                postgres, "select person_id from journal_entry where action = 'CREATE'" + " and person_id is not null");
        assertThat(persons).as("usagers stored").containsAll(created);
        assertThat(journaled).as("usagers whose creation is journaled").isEqualTo(persons);
    }

    private static Set<String> ids(PrivatePostgres postgres, String query) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = postgres.superuser(DATABASE);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}

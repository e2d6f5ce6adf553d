package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.crypto.DataKey;
import org.passerelle.crypto.FieldCipher;
import org.passerelle.crypto.FieldContext;
import org.passerelle.crypto.KeyRing;
import org.passerelle.crypto.KeystoreMasterKey;
import org.passerelle.crypto.MasterKey;
import org.passerelle.crypto.WrappedDataKey;

/**
 * Key rotation on thousands of rows, live and history, survives a kill -9 of the server in the
 * middle: after the restart the job resumes and completes, every row opens under the new key,
 * none is lost, and reads keep being served throughout.
 *
 * <p>The rows are sealed here with the product's crypto library and the server's own master key,
 * because thousands of API calls would make the test slow; everything after that goes through the
 * server.
 */
@ExtendWith(StackExtension.class)
@OwnStack("crashes the server, opens its master key store")
class KeyRotationSurvivesACrashIT {

    private static final int PERSONS = 3000;
    private static final int HISTORY_ROWS = 500;

    @Test
    void rotationResumesAfterAKill9AndEveryRowOpensUnderTheNewKey() throws Exception {
        String org = "ccas-rotation-" + UUID.randomUUID().toString().substring(0, 6);
        MasterKey master = KeystoreMasterKey.openOrCreate(
                Stack.current().masterKeystore(), Stack.current().masterKeystorePassword());
        List<UUID> ids = seed(org, master);
        String agent = Keycloak.token(Keycloak.createUser(org, "ccas-agent"));
        String admin = Keycloak.token("admin.passerelle");

        HttpResponse<String> started =
                Http.send("POST", Http.api("/key-rotations"), admin, Map.of("organisation", org));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = Http.json(started);
        String jobId = job.path("id").asText();
        assertThat(job.path("targetVersion").asInt()).isEqualTo(2);
        assertThat(job.path("totalRows").asLong()).isEqualTo(PERSONS + HISTORY_ROWS);
        Http.assertProblem(Http.send("POST", Http.api("/key-rotations"), admin, Map.of("organisation", org)), 409);

        JsonNode midway =
                awaitProgress(jobId, admin, ids, agent, p -> p.path("doneRows").asLong() >= 200);
        assertThat(midway.path("status").asText()).as("crash must come mid-way").isEqualTo("RUNNING");
        assertThat(midway.path("doneRows").asLong()).isLessThan(PERSONS + HISTORY_ROWS);
        assertThat(midway.path("rowsPerSecond").asDouble()).isPositive();

        Stack.current().crashAndRestartWildFly();

        JsonNode done = awaitProgress(
                jobId,
                Keycloak.token("admin.passerelle"),
                ids,
                agent,
                p -> p.path("status").asText().equals("COMPLETED"));
        assertThat(done.path("doneRows").asLong())
                .isEqualTo(done.path("totalRows").asLong());

        assertEveryRowOpensUnderVersion2(org, master, ids);
    }

    /** Polls the job, reading random persons meanwhile; every read must succeed with the right name. */
    private static JsonNode awaitProgress(
            String jobId, String admin, List<UUID> ids, String agent, java.util.function.Predicate<JsonNode> until) {
        return await("the rotation")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> {
                            int i = ThreadLocalRandom.current().nextInt(ids.size());
                            HttpResponse<String> read = Http.get(Http.api("/persons/" + ids.get(i)), agent);
                            assertThat(read.statusCode())
                                    .as("read during rotation: %s", read.body())
                                    .isEqualTo(200);
                            assertThat(Http.json(read).path("lastName").asText())
                                    .isEqualTo(lastName(i));
                            HttpResponse<String> progress = Http.get(Http.api("/key-rotations/" + jobId), admin);
                            assertThat(progress.statusCode())
                                    .as(progress.body())
                                    .isEqualTo(200);
                            return Http.json(progress);
                        },
                        until::test);
    }

    private static List<UUID> seed(String org, MasterKey master) throws SQLException {
        DataKey key = DataKey.generate(org, 1, new SecureRandom());
        WrappedDataKey wrapped = new WrappedDataKey(org, 1, master.wrap(key), Instant.now());
        FieldCipher cipher = new FieldCipher(new KeyRing(master, List.of(wrapped)));
        List<UUID> ids = new ArrayList<>();
        try (Connection c = Stack.database()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into organisation (code, name, kind, commune) values ('" + org
                        + "', 'CCAS de test', 'CCAS', 'Test')");
            }
            try (PreparedStatement s = c.prepareStatement("insert into data_key values (?, 1, ?, now())")) {
                s.setString(1, org);
                s.setBytes(2, wrapped.wrapped());
                s.executeUpdate();
            }
            long revision;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select nextval('revision_seq')")) {
                rs.next();
                revision = rs.getLong(1);
                s.executeUpdate("insert into revision (id, at, username) values (" + revision + ", 0, 'system:test')");
            }
            try (PreparedStatement live = c.prepareStatement("insert into person (id, organisation_code, key_version,"
                            + " last_name, first_names, birth_date, address, name_bidx, created_at, updated_at, version)"
                            + " values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement history = c.prepareStatement("insert into person_aud (id, rev, revtype,"
                            + " organisation_code, key_version, last_name, first_names, birth_date, address)"
                            + " values (?, ?, 0, ?, 1, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < PERSONS; i++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    byte[] last = cipher.encrypt(lastName(i), context(org, "last_name", id));
                    byte[] first = cipher.encrypt("Prénom " + i, context(org, "first_names", id));
                    byte[] birth = cipher.encrypt("1970-01-01", context(org, "birth_date", id));
                    byte[] address = cipher.encrypt(i + " rue du Test", context(org, "address", id));
                    live.setObject(1, id);
                    live.setString(2, org);
                    live.setBytes(3, last);
                    live.setBytes(4, first);
                    live.setBytes(5, birth);
                    live.setBytes(6, address);
                    live.setBytes(7, UUID.randomUUID().toString().getBytes());
                    live.setTimestamp(8, now);
                    live.setTimestamp(9, now);
                    live.addBatch();
                    if (i < HISTORY_ROWS) {
                        history.setObject(1, id);
                        history.setLong(2, revision);
                        history.setString(3, org);
                        history.setBytes(4, last);
                        history.setBytes(5, first);
                        history.setBytes(6, birth);
                        history.setBytes(7, address);
                        history.addBatch();
                    }
                }
                live.executeBatch();
                history.executeBatch();
            }
            c.commit();
        }
        return ids;
    }

    private static void assertEveryRowOpensUnderVersion2(String org, MasterKey master, List<UUID> ids)
            throws SQLException {
        List<WrappedDataKey> keys = new ArrayList<>();
        try (Connection c = Stack.database();
                PreparedStatement s =
                        c.prepareStatement("select version, wrapped, created_at from data_key where owner = ?")) {
            s.setString(1, org);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(new WrappedDataKey(
                            org,
                            rs.getInt(1),
                            rs.getBytes(2),
                            rs.getTimestamp(3).toInstant()));
                }
            }
        }
        assertThat(keys).extracting(WrappedDataKey::version).containsExactlyInAnyOrder(1, 2);
        FieldCipher cipher = new FieldCipher(new KeyRing(master, keys));
        List<String> names = new ArrayList<>();
        int opened = 0;
        try (Connection c = Stack.database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select id, key_version, last_name, 'live' from person where organisation_code = '"
                                + org + "' union all select id, key_version, last_name, 'history' from person_aud"
                                + " where organisation_code = '" + org + "'")) {
            while (rs.next()) {
                UUID id = (UUID) rs.getObject(1);
                assertThat(rs.getInt(2)).as("every row under the new version").isEqualTo(2);
                assertThat(FieldCipher.keyVersionOf(rs.getBytes(3))).isEqualTo(2);
                String name = cipher.decryptString(
                        rs.getBytes(3), new FieldContext(org, "person", "last_name", id.toString(), 2));
                if (rs.getString(4).equals("live")) {
                    names.add(name);
                }
                opened++;
            }
        }
        assertThat(opened).as("none lost").isEqualTo(PERSONS + HISTORY_ROWS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            expected.add(lastName(i));
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static FieldContext context(String org, String column, UUID id) {
        return new FieldContext(org, "person", column, id.toString(), 1);
    }

    private static String lastName(int i) {
        return "Rotation-" + i;
    }
}

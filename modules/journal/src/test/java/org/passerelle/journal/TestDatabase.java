package org.passerelle.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * A throwaway PostgreSQL database for one test: created by the superuser of
 * {@code PASSERELLE_IT_PG_ADMIN_URL} (default {@value #DEFAULT_ADMIN_URL}), owned by a new ordinary
 * role which applies the journal's migrations (V6, V8) and the runtime grants (db/grants/runtime-grants.sql) itself, as the
 * server's owner role does, so that the rights they give and revoke are real; a second ordinary role,
 * the runtime role, owns nothing and holds what that script grants it (INSERT and SELECT on the
 * journal), as the server's connections do. {@link #close()} drops all three.
 */
final class TestDatabase implements AutoCloseable {

    static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    private static final List<String> MIGRATIONS = List.of(
            "/db/migration/V6__journal.sql",
            "/db/migration/V8__journal_retention.sql",
            "/db/grants/runtime-grants.sql");

    final String name;
    /** The owner: migrations and the retention purge. */
    final String role;
    /** The runtime role: writes, seals and checkpoints. */
    final String runtimeRole;

    private final String adminUrl;

    private TestDatabase(String adminUrl, String suffix) {
        this.adminUrl = adminUrl;
        this.name = "passerelle_journal_test_" + suffix;
        this.role = "journal_test_" + suffix;
        this.runtimeRole = "journal_test_rt_" + suffix;
    }

    static TestDatabase create() throws SQLException, IOException {
        String adminUrl = System.getenv().getOrDefault("PASSERELLE_IT_PG_ADMIN_URL", DEFAULT_ADMIN_URL);
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        TestDatabase database = new TestDatabase(adminUrl, HexFormat.of().formatHex(random));
        try (Connection admin = DriverManager.getConnection(adminUrl);
                Statement sql = admin.createStatement()) {
            sql.execute("create role " + database.role + " login nosuperuser nocreatedb nocreaterole");
            sql.execute("create role " + database.runtimeRole + " login nosuperuser nocreatedb nocreaterole");
            sql.execute("create database " + database.name + " owner " + database.role);
        }
        try (Connection owner = database.owner();
                Statement sql = owner.createStatement()) {
            // Flyway's history table, which the grants take away from the runtime role.
            sql.execute("create table flyway_schema_history (version varchar(50))");
            for (String migration : MIGRATIONS) {
                sql.execute(migration(migration).replace("${runtime_role}", database.runtimeRole));
            }
        }
        return database;
    }

    /** A connection as the runtime role (the server's), auto-commit on. */
    Connection connect() throws SQLException {
        return connectAs(runtimeRole);
    }

    /** A connection as the owner role (migrations, retention purge), auto-commit on. */
    Connection owner() throws SQLException {
        return connectAs(role);
    }

    private Connection connectAs(String role) throws SQLException {
        String url = urlFor(name);
        int query = url.indexOf('?');
        StringBuilder withRole =
                new StringBuilder(url.substring(0, query + 1)).append("user=").append(role);
        for (String parameter : url.substring(query + 1).split("&")) {
            if (!parameter.isEmpty() && !parameter.startsWith("user=") && !parameter.startsWith("password=")) {
                withRole.append('&').append(parameter);
            }
        }
        return DriverManager.getConnection(withRole.toString());
    }

    /** A connection as the superuser, to the test database, auto-commit on. */
    Connection superuser() throws SQLException {
        return DriverManager.getConnection(urlFor(name));
    }

    /** Runs statements as the superuser with triggers (and foreign keys) off, as an attacker would. */
    void tamper(String... statements) throws SQLException {
        try (Connection connection = superuser();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("set local session_replication_role = replica");
            for (String statement : statements) {
                sql.execute(statement);
            }
            connection.commit();
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl);
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("drop role if exists " + role);
            sql.execute("drop role if exists " + runtimeRole);
        }
    }

    private String urlFor(String database) {
        String url = adminUrl.replace("/postgres?", "/" + database + "?");
        return url.contains("?") ? url : url + "?";
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = TestDatabase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the test class path (passerelle-domain)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

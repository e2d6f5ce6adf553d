package org.passerelle.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.passerelle.testing.Stack;

/** Plain JDBC for setting up and inspecting the benchmarks' databases. */
public final class Sql {

    private Sql() {}

    public static void execute(Connection db, String... statements) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The first column of the first row. */
    public static String queryString(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** The first column of every row, e.g. the lines of an {@code EXPLAIN}. */
    public static List<String> queryStrings(Connection db, String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }

    public static long queryLong(Connection db, String sql) throws SQLException {
        return Long.parseLong(queryString(db, sql));
    }

    /** E.g. {@code person 1234 MB, person_aud 1100 MB}: tables with their indexes, for the notes. */
    public static String sizes(Connection db, List<String> tables) throws SQLException {
        List<String> sizes = new ArrayList<>();
        for (String table : tables) {
            sizes.add(table + " " + queryString(db, "SELECT pg_size_pretty(pg_total_relation_size('" + table + "'))"));
        }
        return String.join(", ", sizes);
    }

    /**
     * A database of the benchmark's own, created afresh (one left over by an interrupted run is
     * dropped first) and dropped by {@link #close()}, even after a failure.
     */
    public record Throwaway(String adminUrl, String name, String url) implements AutoCloseable {

        public static Throwaway create(String adminUrl, String name) throws SQLException {
            try (Connection admin = DriverManager.getConnection(adminUrl)) {
                execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
            }
            return new Throwaway(adminUrl, name, Stack.withDatabase(adminUrl, name));
        }

        /** Migrated by the application's own Flyway migrations ({@code db/migration} of passerelle-domain). */
        public Throwaway migrated() {
            Flyway.configure(Sql.class.getClassLoader())
                    .dataSource(url, null, null)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return this;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = DriverManager.getConnection(adminUrl)) {
                execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}

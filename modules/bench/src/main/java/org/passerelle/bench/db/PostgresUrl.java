package org.passerelle.bench.db;

/** Small edits of {@code jdbc:postgresql://host:port/database?parameters} URLs. */
public final class PostgresUrl {

    private static final String PREFIX = "jdbc:postgresql://";

    private PostgresUrl() {}

    /** The same server and parameters, another database. */
    public static String withDatabase(String url, String database) {
        int query = queryStart(url);
        int slash = url.indexOf('/', PREFIX.length());
        int path = slash < 0 || slash > query ? query : slash;
        return url.substring(0, path) + "/" + database + url.substring(query);
    }

    /** Without the parameters, which may hold a password: for messages. */
    public static String withoutParameters(String url) {
        return url.substring(0, queryStart(url));
    }

    private static int queryStart(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a " + PREFIX + " URL");
        }
        int query = url.indexOf('?');
        return query < 0 ? url.length() : query;
    }
}

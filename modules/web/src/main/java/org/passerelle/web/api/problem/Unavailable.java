package org.passerelle.web.api.problem;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Response;
import org.passerelle.application.health.DatabaseOutage;

/**
 * A request that met a lost database connection: 503 with {@code Retry-After}, and one log line
 * for the whole outage ({@link DatabaseOutage}) rather than a stack trace per request. Checked
 * before any other mapping, since the failure may come wrapped in one of ours (the journal writer
 * failing, for instance).
 */
final class Unavailable {

    private Unavailable() {}

    /** The 503 answer if {@code failure} is a lost database connection, else null. */
    static Response ifDatabaseLost(Throwable failure, String loggablePath, String path) {
        if (!outage().absorbs(failure, loggablePath)) {
            return null;
        }
        return retryLater(new Problem(
                "database-unavailable",
                "Service unavailable",
                503,
                "The database cannot be reached for the moment; nothing was changed. Retry later.",
                path));
    }

    /** A 503 problem telling the client when to try again. */
    static Response retryLater(Problem problem) {
        return Response.fromResponse(problem.toResponse())
                .header("Retry-After", DatabaseOutage.RETRY_AFTER.toSeconds())
                .build();
    }

    /** Looked up rather than injected: the exception mappers are not CDI beans. */
    private static DatabaseOutage outage() {
        return CDI.current().select(DatabaseOutage.class).get();
    }
}

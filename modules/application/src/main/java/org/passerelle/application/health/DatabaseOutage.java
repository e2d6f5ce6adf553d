package org.passerelle.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * What the operator reads of a database outage: one line when it starts, one when it ends, never a
 * stack trace per failed request or background run (a stop of PostgreSQL once wrote ~700 lines per
 * request). Requests meanwhile answer 503 with {@code Retry-After}; background work retries at its
 * next run. Whoever meets a connection failure reports it here; whoever uses the database
 * successfully says so, which ends the outage.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    /** How long a client should wait before trying again (the pool waits this long for a connection too). */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Clock clock;
    private final AtomicReference<Instant> since = new AtomicReference<>();
    private final AtomicLong failures = new AtomicLong();

    public DatabaseOutage() {
        this(Clock.systemUTC());
    }

    DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records {@code failure} if it is a lost database connection (logging only the first of an
     * outage) and returns whether it was one; any other failure is left to the caller.
     *
     * @param where what met it, for the log line: a request path or a background task's name
     */
    public boolean absorbs(Throwable failure, String where) {
        if (!ConnectionFailures.isConnectionFailure(failure)) {
            return false;
        }
        failures.incrementAndGet();
        if (since.compareAndSet(null, clock.instant())) {
            LOG.warnf(
                    "Database unavailable (first met by %s: %s); requests answer 503 until it is back",
                    where, describe(failure));
        }
        return true;
    }

    /** The database answered: ends the outage, if there was one, with one line. */
    public void available() {
        Instant start = since.getAndSet(null);
        if (start != null) {
            LOG.infof(
                    "Database available again after %d s; %d operation(s) failed meanwhile",
                    Duration.between(start, clock.instant()).toSeconds(), failures.getAndSet(0));
        }
    }

    public boolean isDown() {
        return since.get() != null;
    }

    /** The innermost cause's type and SQL state: no message, which might quote a statement's values. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        String state = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return root.getClass().getSimpleName() + (state == null ? "" : ", SQL state " + state);
    }
}

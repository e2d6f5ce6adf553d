package org.passerelle.application.health;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that went away from a bug: a failure is a lost or refused connection when its
 * cause chain holds a JDBC connection exception, an SQL state of class 08 (connection exception) or
 * 57P0 (the server shutting down or starting), Hibernate's {@code JDBCConnectionException}, or the
 * connector's {@code ResourceException} (no connection could be had from the pool in time). The
 * server's layers wrap them (transactions, EJBs, Hibernate), so the whole chain is walked.
 */
public final class ConnectionFailures {

    /** Named by class name so that this module needs neither Hibernate nor the connector API. */
    private static final Set<String> CONNECTION_TYPES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.spi.RetryableUnavailableException");

    private ConnectionFailures() {}

    /**
     * Whether {@code failure}, or anything that caused it, says the database connection failed. The
     * suppressed exceptions count too: a commit on a connection the server just closed ends in a
     * {@code RollbackException} whose connection failure is only among its suppressed ones.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        return isConnectionFailure(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isConnectionFailure(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || CONNECTION_TYPES.contains(t.getClass().getName())
                || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isConnectionFailure(suppressed, seen)) {
                return true;
            }
        }
        return isConnectionFailure(t.getCause(), seen);
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}

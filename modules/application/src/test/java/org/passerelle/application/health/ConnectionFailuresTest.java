package org.passerelle.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {

    @Test
    void aPoolThatGivesNoConnectionInTimeIsALostDatabase() {
        // What IronJacamar throws when PostgreSQL is stopped: wrapped by JDBC, Hibernate, JPA, the EJB.
        SQLException pool = new SQLException(
                "IJ031020: You are trying to use a connection factory that has been shut down",
                new ResourceException(
                        "IJ000453: Unable to get managed connection for java:jboss/datasources/PasserelleDS"));
        assertThat(ConnectionFailures.isConnectionFailure(new EJBException(new PersistenceException(pool))))
                .isTrue();
    }

    @Test
    void sqlStatesOfConnectionAndShutdownClassesAreLostConnections() {
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("refused", "08001")))
                .isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("I/O error", "08006")))
                .isTrue();
        // "terminating connection due to administrator command": PostgreSQL restarted under the pool.
        RollbackException commit = new RollbackException("commit failed");
        commit.initCause(new SQLException("admin", "57P01"));
        assertThat(ConnectionFailures.isConnectionFailure(new RuntimeException(commit)))
                .isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("starting up", "57P03")))
                .isTrue();
    }

    @Test
    void aCommitOnAConnectionClosedUnderItIsALostDatabase() {
        // As Narayana reports it: the connection's failure only among the suppressed exceptions.
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        Exception local = new Exception(
                "IJ001156: Could not commit local transaction",
                new ResourceException("SQLException", new SQLException("terminating connection", "57P01")));
        commit.addSuppressed(local);
        assertThat(ConnectionFailures.isConnectionFailure(commit)).isTrue();
        RollbackException unrelated = new RollbackException("marked rollback only");
        unrelated.addSuppressed(new IllegalStateException("a bug"));
        assertThat(ConnectionFailures.isConnectionFailure(unrelated)).isFalse();
    }

    @Test
    void transientConnectionExceptionsCountWhateverTheirState() {
        assertThat(ConnectionFailures.isConnectionFailure(
                        new IllegalStateException(new SQLTransientConnectionException("timeout"))))
                .isTrue();
    }

    @Test
    void bugsAndRefusalsAreNotOutages() {
        assertThat(ConnectionFailures.isConnectionFailure(new NullPointerException()))
                .isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(
                        new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23505"))))
                .isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("syntax", "42601")))
                .isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("no state")))
                .isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(null)).isFalse();
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(ConnectionFailures.isConnectionFailure(b)).isFalse();
    }
}

package org.passerelle.application.journal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.passerelle.journal.Purge;

/**
 * One purge batch, in its own transaction: the epoch, the grant and the deletes commit or roll back together.
 *
 * <p>It runs as the schema's owner (PasserelleOwnerDS, issue 15): the runtime role holds only
 * INSERT and SELECT on the journal and can grant itself nothing; the owner grants itself DELETE for
 * the purge's transaction ({@link org.passerelle.journal.JournalPurger}).
 */
@ApplicationScoped
class JournalRetentionStep {

    @Resource(lookup = "java:jboss/datasources/PasserelleOwnerDS")
    DataSource dataSource;

    @Inject
    JournalSettings settings;

    @Transactional(TxType.REQUIRES_NEW)
    Optional<Purge> purge(int retentionMonths, long maxEntries) {
        try (Connection c = dataSource.getConnection()) {
            return settings.purger(retentionMonths).purge(c, maxEntries);
        } catch (SQLException e) {
            throw new IllegalStateException("The journal purge failed", e);
        }
    }
}

package org.passerelle.application.journal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One sealing batch or one checkpoint, each in its own transaction. */
@ApplicationScoped
class JournalSealingStep {

    static final int BATCH = 5_000;

    @Resource(lookup = "java:jboss/datasources/PasserelleDS")
    DataSource dataSource;

    @Inject
    JournalSettings settings;

    /** Seals a batch; true when it was full, so more may be waiting. */
    @Transactional(TxType.REQUIRES_NEW)
    boolean seal() {
        try (Connection c = dataSource.getConnection()) {
            return settings.sealer().sealPending(c, BATCH) == BATCH;
        } catch (SQLException e) {
            throw new JournalUnavailableException(e);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    void checkpoint() {
        try (Connection c = dataSource.getConnection()) {
            settings.sealer().checkpoint(c);
        } catch (SQLException e) {
            throw new JournalUnavailableException(e);
        }
    }
}

package org.passerelle.application.journal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.journal.JournalKeys;
import org.passerelle.journal.JournalPurger;
import org.passerelle.journal.JournalQueries;
import org.passerelle.journal.JournalSealer;
import org.passerelle.journal.JournalVerifier;
import org.passerelle.journal.JournalWriter;

/**
 * Where the journal's signing key and its checkpoint files live: both outside the database
 * ({@code PASSERELLE_JOURNAL_KEY_FOLDER}, {@code PASSERELLE_JOURNAL_CHECKPOINT_FOLDER}), so that
 * whoever rewrites the tables cannot rewrite them too. The key is created at first start.
 */
@ApplicationScoped
public class JournalSettings {

    @Inject
    @ConfigProperty(name = "passerelle.journal.key-folder")
    String keyFolder;

    @Inject
    @ConfigProperty(name = "passerelle.journal.checkpoint-folder")
    String checkpointFolder;

    private JournalKeys keys;
    private Path checkpoints;
    private JournalWriter writer;
    private JournalSealer sealer;
    private JournalVerifier verifier;

    @PostConstruct
    void open() {
        keys = JournalKeys.openOrCreate(Path.of(keyFolder));
        checkpoints = Path.of(checkpointFolder);
        writer = new JournalWriter(keys);
        sealer = new JournalSealer(keys, checkpoints);
        verifier = new JournalVerifier(keys, checkpoints);
    }

    JournalWriter writer() {
        return writer;
    }

    JournalSealer sealer() {
        return sealer;
    }

    JournalPurger purger(int retentionMonths) {
        return new JournalPurger(keys, checkpoints, retentionMonths);
    }

    JournalVerifier verifier() {
        return verifier;
    }

    /** A page of the entries matching {@code criteria}, newest first, each marked genuine or not as of {@code now}. */
    List<JournalQueries.Hit> search(
            Connection connection, JournalQueries.Criteria criteria, Instant now, int offset, int limit)
            throws SQLException {
        return JournalQueries.search(connection, keys, now, criteria, offset, limit);
    }
}

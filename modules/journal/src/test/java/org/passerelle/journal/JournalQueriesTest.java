package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's reads: scope, criteria, newest first, and the chain position once sealed. */
class JournalQueriesTest {

    @TempDir
    Path checkpoints;

    private JournalFixture journal;

    @BeforeEach
    void database() throws Exception {
        journal = JournalFixture.create(checkpoints);
        try (Connection c = journal.database.owner();
                Statement s = c.createStatement()) {
            // The domain's usagers table, as far as the scope reads it.
            s.execute("create table person (id uuid primary key, organisation_code varchar(64) not null)");
            s.execute("grant select, insert on person to " + journal.database.runtimeRole);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        journal.close();
    }

    @Test
    void entriesAreNewestFirstWithTheirPositionOnlyOnceSealed() throws Exception {
        journal.write(30);
        journal.sealAll();
        journal.write(5);
        JournalQueries.Criteria all =
                new JournalQueries.Criteria("ccas-saumur", null, null, null, null, null, null, null, null);

        try (Connection c = journal.connect()) {
            List<JournalQueries.Hit> hits = JournalQueries.search(c, all, 0, 100);

            assertThat(hits).extracting(h -> h.entry().id()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(hits.subList(0, 5))
                    .allSatisfy(
                            h -> assertThat(h.position()).as("not sealed yet").isNull());
            assertThat(hits.subList(5, hits.size()))
                    .allSatisfy(h -> assertThat(h.position()).isPositive());
            assertThat(JournalQueries.count(c, all)).isEqualTo(hits.size());
        }
    }

    @Test
    void anAuditorSeesTheirOrganisationsEntriesAndThoseAboutItsUsagers() throws Exception {
        journal.write(40);
        JournalEntry anonymous = SampleEntries.entry(13); // written without an organisation
        try (Connection c = journal.connect();
                Statement s = c.createStatement()) {
            s.execute("insert into person values ('" + anonymous.personId() + "', 'ccas-vitre')");
            JournalQueries.Criteria vitre =
                    new JournalQueries.Criteria("ccas-vitre", null, null, null, null, null, null, null, null);

            List<JournalQueries.Hit> hits = JournalQueries.search(c, vitre, 0, 100);

            assertThat(hits)
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.entry().personId()).isEqualTo(anonymous.personId()));
            JournalQueries.Criteria denied =
                    new JournalQueries.Criteria("ccas-saumur", null, null, null, null, null, "DENIED", null, null);
            assertThat(JournalQueries.search(c, denied, 0, 100))
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.entry().outcome()).isEqualTo("DENIED"));
        }
    }
}

package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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
            List<JournalQueries.Hit> hits = JournalQueries.search(c, journal.keys, Instant.now(), all, 0, 100);

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

            List<JournalQueries.Hit> hits = JournalQueries.search(c, journal.keys, Instant.now(), vitre, 0, 100);

            assertThat(hits)
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.entry().personId()).isEqualTo(anonymous.personId()));
            JournalQueries.Criteria denied =
                    new JournalQueries.Criteria("ccas-saumur", null, null, null, null, null, "DENIED", null, null);
            assertThat(JournalQueries.search(c, journal.keys, Instant.now(), denied, 0, 100))
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.entry().outcome()).isEqualTo("DENIED"));
        }
    }

    /**
     * Issue 15: a row inserted by SQL without the key (sealed or not), and an entry the sealer left
     * behind past the grace, are marked unverified; sealed genuine entries and fresh ones are not.
     */
    @Test
    void aForgedRowAndAnEntryLeftUnsealedAreMarkedUnverified() throws Exception {
        Instant now = Instant.now();
        journal.writeAt(now.minus(Duration.ofDays(1)), 3);
        journal.sealAll();
        journal.writeAt(now.minus(Duration.ofHours(1)), 1);
        journal.writeAt(now.minusSeconds(5), 1);
        try (Connection owner = journal.database.owner();
                Statement s = owner.createStatement()) {
            // a copy of the newest entry under another id, with a MAC made up without the key
            s.execute("insert into journal_entry select id + 1000, at, user_id, username, organisation_code, roles,"
                    + " 'READ', person_id, case_file_id, referral_id, fields, cadre, purpose, outcome, reason_code,"
                    + " request_id, client_address, break_glass, sha256(mac) from journal_entry"
                    + " order by id desc limit 1");
        }
        JournalQueries.Criteria all =
                new JournalQueries.Criteria("ccas-saumur", null, null, null, null, null, null, null, null);

        try (Connection c = journal.connect()) {
            List<JournalQueries.Hit> hits = JournalQueries.search(c, journal.keys, now, all, 0, 100);
            // the first sample entry has no organisation: out of this scope
            assertThat(hits).hasSize(5);
            assertThat(hits.get(0).verified()).as("the forged row").isFalse();
            assertThat(hits.get(1).verified()).as("fresh, not sealed yet").isTrue();
            assertThat(hits.get(2).verified())
                    .as("left unsealed past the grace")
                    .isFalse();
            assertThat(hits.subList(3, 5))
                    .allSatisfy(h -> assertThat(h.verified()).as("sealed").isTrue());
        }
        journal.sealAll();
        try (Connection c = journal.connect()) {
            JournalQueries.Hit forged =
                    JournalQueries.search(c, journal.keys, now, all, 0, 1).getFirst();
            assertThat(forged.position())
                    .as("the sealer seals it, with a warning")
                    .isNotNull();
            assertThat(forged.verified()).as("sealed or not, its MAC is wrong").isFalse();
        }
    }
}

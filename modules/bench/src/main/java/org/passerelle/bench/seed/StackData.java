package org.passerelle.bench.seed;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.passerelle.bench.crypto.ThrowawayKeys;
import org.passerelle.bench.db.Copy;
import org.passerelle.bench.db.Sql;
import org.passerelle.bench.load.Workers;
import org.passerelle.bench.report.Report;
import org.passerelle.crypto.BlindIndex;
import org.passerelle.crypto.DataKey;
import org.passerelle.crypto.KeystoreMasterKey;
import org.passerelle.crypto.MasterKey;
import org.passerelle.crypto.NameAndBirthDate;
import org.passerelle.crypto.Nir;
import org.passerelle.crypto.WrappedDataKey;
import org.passerelle.domain.protection.SealedColumn;
import org.passerelle.testing.Stack;
import org.passerelle.testing.people.FictitiousPeople;
import org.passerelle.testing.people.Usager.Person;
import org.passerelle.testing.people.Usager.Situation;

/** The stack's data for P3, P1, P4 and P6, written straight into the database as the application stores it. */
public final class StackData {

    public static final String ORGANISATION = ThrowawayKeys.OWNER;
    /** The demo référent whose token reads the pool's usagers (P1, P6). */
    public static final String AGENT = "agent.saumur";

    private static final int THREADS = 2;
    private static final long SEED = 20_261_123L;
    /** The demo's dossier situations, for the seeded dossiers. */
    private static final FictitiousPeople PEOPLE = new FictitiousPeople(SEED);

    private static final List<Situation> SITUATIONS = PEOPLE.usagers(LocalDate.of(2026, 11, 1)).stream()
            .map(u -> u.dossier().opening())
            .toList();

    /** What was written: the read pool's usager ids and the counts. */
    public record Seeded(
            List<UUID> readPool, int persons, int caseFiles, int keyVersion, BlindIndex nirIndex, double seconds) {}

    private final Stack stack;
    private final int persons;
    private final int readPool;
    private ThrowawayKeys keys;
    private long firstRevision;

    public StackData(Stack stack, int persons, int readPool) {
        if (persons > FictitiousPeople.CROWD) {
            throw new IllegalArgumentException("at most " + FictitiousPeople.CROWD + " persons");
        }
        if (readPool < 1 || readPool > persons) {
            throw new IllegalArgumentException("the read pool must hold 1 to " + persons + " persons");
        }
        this.stack = stack;
        this.persons = persons;
        this.readPool = readPool;
    }

    public Seeded seed() throws Exception {
        long start = System.nanoTime();
        try (Connection db = stack.superuserConnection()) {
            createKeys(db);
            Sql.execute(db, """
                    CREATE TABLE bench_plain_person (
                        id                 uuid         PRIMARY KEY,
                        organisation_code  varchar(64)  NOT NULL REFERENCES organisation (code),
                        last_name          varchar(200) NOT NULL,
                        first_names        varchar(200) NOT NULL,
                        birth_name         varchar(200),
                        birth_date         date         NOT NULL,
                        nir                varchar(40),
                        address            varchar(500),
                        phone              varchar(40),
                        email              varchar(320),
                        preferred_language varchar(35),
                        contact_channel    varchar(40),
                        created_at         timestamptz  NOT NULL,
                        updated_at         timestamptz  NOT NULL,
                        version            bigint       NOT NULL)""");
            Sql.execute(db, "GRANT SELECT ON bench_plain_person TO " + stack.databaseRole());
            // Above whatever the server has written or reserved (Hibernate takes revision ids 50 at a time).
            firstRevision = 1
                    + Long.parseLong(Sql.queryString(
                            db,
                            "SELECT greatest((SELECT coalesce(max(id), 0) FROM "
                                    + "revision), (SELECT last_value FROM revision_seq)) + 100"));
        }
        Report.progress("stack", "sealing and copying %,d usagers with their history and plaintext copy...", persons);
        int stride = persons / readPool;
        List<UUID> pool = Collections.synchronizedList(new ArrayList<>());
        Workers.run(
                "stack-data",
                THREADS,
                t -> copyPersons(
                        (int) ((long) persons * t / THREADS),
                        (int) ((long) persons * (t + 1) / THREADS),
                        stride,
                        pool));
        List<UUID> readIds = pool.stream().sorted().limit(readPool).toList();
        long copied = System.nanoTime();
        copyCaseFiles(readIds);
        try (Connection db = stack.superuserConnection()) {
            Sql.execute(
                    db, "SELECT setval('revision_seq', " + (firstRevision + persons + readIds.size() + 1_000) + ")");
            Report.progress("stack", "vacuuming and analysing...");
            Sql.execute(
                    db,
                    "VACUUM (ANALYZE) person, person_aud, revision, case_file, case_file_aud, "
                            + "bench_plain_person, data_key");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.progress(
                "stack",
                "%,d usagers sealed and copied in %.0f s, %,d dossiers, vacuumed: %.0f s in all",
                persons,
                (copied - start) / 1e9,
                readIds.size(),
                seconds);
        return new Seeded(readIds, persons, readIds.size(), keys.keyVersion(), keys.nirIndex(), seconds);
    }

    /** Version 1 of the organisation's data key and its blind-index root, wrapped by the server's master key. */
    private void createKeys(Connection db) throws SQLException {
        MasterKey master = KeystoreMasterKey.openOrCreate(stack.masterKeystore(), stack.masterKeystorePassword());
        String rootOwner = BlindIndex.rootKeyOwner(ORGANISATION);
        DataKey root = DataKey.generate(rootOwner, 1, new SecureRandom());
        keys = ThrowawayKeys.of(master, root.secretKey().getEncoded());
        WrappedDataKey rootKey = new WrappedDataKey(rootOwner, 1, master.wrap(root), Instant.now());
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO data_key (owner, version, wrapped, created_at) VALUES (?, ?, ?, ?)")) {
            for (WrappedDataKey key : List.of(keys.fieldKey(), rootKey)) {
                insert.setString(1, key.owner());
                insert.setInt(2, key.version());
                insert.setBytes(3, key.wrapped());
                insert.setTimestamp(4, Timestamp.from(key.created()));
                insert.executeUpdate();
            }
        }
    }

    private record Usager(UUID id, Person person, Instant created) {}

    /** The ten fields of a person, in the order of {@link #PERSON_SEALED}. */
    public static String[] values(Person person) {
        return new String[] {
            person.lastName(),
            person.firstNames(),
            person.birthName(),
            person.birthDate().toString(),
            person.nir(),
            person.address(),
            person.phone(),
            person.email(),
            person.preferredLanguage(),
            person.contactChannel()
        };
    }

    public static final List<String> PERSON_SEALED =
            sealed("person").stream().map(SealedColumn::column).toList();
    static final List<String> CASE_SEALED =
            sealed("case_file").stream().map(SealedColumn::column).toList();

    /** The sealed columns of {@code table}, in the domain's order. */
    public static List<SealedColumn> sealed(String table) {
        return Arrays.stream(SealedColumn.values())
                .filter(c -> c.table().equals(table))
                .toList();
    }

    private void copyPersons(int from, int to, int stride, List<UUID> pool) throws Exception {
        String sealedColumns = String.join(", ", PERSON_SEALED);
        try (Connection personDb = stack.superuserConnection();
                Connection historyDb = stack.superuserConnection();
                Connection revisionDb = stack.superuserConnection();
                Connection plainDb = stack.superuserConnection();
                Copy person = Copy.into(
                        personDb,
                        "person (id, organisation_code, key_version, " + sealedColumns
                                + ", nir_bidx, name_bidx, created_at, updated_at, version)");
                Copy history = Copy.into(
                        historyDb,
                        "person_aud (id, rev, revtype, organisation_code, key_version, " + sealedColumns
                                + ", created_at, updated_at)");
                Copy revision = Copy.into(revisionDb, "revision (id, at, username, organisation_code, request_id)");
                Copy plain = Copy.into(
                        plainDb,
                        "bench_plain_person (id, organisation_code, " + sealedColumns
                                + ", created_at, updated_at, version)")) {
            for (int i = from; i < to; i++) {
                Usager usager = usager(i);
                if (i % stride == 0) {
                    pool.add(usager.id());
                }
                Person p = usager.person();
                String[] values = values(p);
                byte[][] sealed = seal(keys, "person", PERSON_SEALED, usager.id(), values);
                long rev = firstRevision + i;
                Instant created = usager.created();
                person.row(
                        usager.id(),
                        ORGANISATION,
                        keys.keyVersion(),
                        sealed,
                        keys.nirIndex().compute(Nir.parse(p.nir())),
                        keys.nameAndBirthDateIndex()
                                .compute(new NameAndBirthDate(p.lastName() + " " + p.firstNames(), p.birthDate())),
                        created,
                        created,
                        0);
                history.row(usager.id(), rev, 0, ORGANISATION, keys.keyVersion(), sealed, created, created);
                revision.row(rev, created.toEpochMilli(), AGENT, ORGANISATION, new UUID(rev, i));
                plain.row(usager.id(), ORGANISATION, values, created, created, 0);
            }
            // The revisions first: the history rows reference them, and COPY checks its rows' foreign keys as it ends.
            for (Copy copy : List.of(revision, person, history, plain)) {
                copy.finish();
            }
        }
    }

    /** The identity of usager {@code i}, as sealed (P3 searches by its NIR). */
    public static Person person(int i) {
        return PEOPLE.person(i);
    }

    /** Usager {@code i}: the same on every run (ids included), registered some time in the last three years. */
    private Usager usager(int i) {
        Person person = person(i);
        SplittableRandom random = new SplittableRandom(SEED ^ (i * 0x9E3779B97F4A7C15L));
        UUID id = new UUID(
                (random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        Instant created =
                Instant.parse("2026-11-01T09:00:00Z").minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
        return new Usager(id, person, created);
    }

    /** An open dossier for each of the pool's usagers, the agent its référent, with its creation revision. */
    private void copyCaseFiles(List<UUID> personIds) throws SQLException {
        long firstRev = firstRevision + persons;
        SplittableRandom random = new SplittableRandom(SEED);
        String opening = "organisation_code, person_id, referent, status, opened_at, last_contact_on, restricted, "
                + "key_version, " + String.join(", ", CASE_SEALED);
        try (Connection filesDb = stack.superuserConnection();
                Connection historyDb = stack.superuserConnection();
                Connection revisionDb = stack.superuserConnection();
                Copy files = Copy.into(filesDb, "case_file (id, " + opening + ", version)");
                Copy history = Copy.into(historyDb, "case_file_aud (id, rev, revtype, " + opening + ")");
                Copy revisions = Copy.into(revisionDb, "revision (id, at, username, organisation_code, request_id)")) {
            for (int k = 0; k < personIds.size(); k++) {
                UUID id = UUID.randomUUID();
                Instant at = Instant.parse("2026-10-01T09:00:00Z").minus(random.nextInt(365 * 24), ChronoUnit.HOURS);
                Situation s = SITUATIONS.get(random.nextInt(SITUATIONS.size()));
                byte[][] sealed = seal(keys, "case_file", CASE_SEALED, id, new String[] {
                    s.household(), s.resources(), s.housing(), s.healthNotes(), s.rsaStatus()
                });
                // What a dossier and its creation's history share, from the organisation to the sealed fields.
                Object[] opened = {
                    ORGANISATION,
                    personIds.get(k),
                    AGENT,
                    "OPEN",
                    at,
                    LocalDate.ofInstant(at, ZoneOffset.UTC),
                    false,
                    keys.keyVersion(),
                    sealed
                };
                files.row(id, opened, 0);
                history.row(id, firstRev + k, 0, opened);
                revisions.row(firstRev + k, at.toEpochMilli(), AGENT, ORGANISATION, UUID.randomUUID());
            }
            // The revisions first: the history rows reference them.
            revisions.finish();
            files.finish();
            history.finish();
        }
    }

    /** Sealed as the application seals them: bound to table, column, row and key version; null stays null. */
    public static byte[][] seal(ThrowawayKeys keys, String table, List<String> columns, UUID id, String[] values) {
        byte[][] sealed = new byte[values.length][];
        for (int f = 0; f < values.length; f++) {
            sealed[f] = values[f] == null
                    ? null
                    : keys.cipher().encrypt(values[f], keys.context(table, columns.get(f), id.toString()));
        }
        return sealed;
    }
}

package org.passerelle.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;
import org.passerelle.bench.Figure.Target;
import org.passerelle.crypto.FieldContext;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;
import org.passerelle.domain.audit.Revision;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;

/**
 * P5, what Envers adds to a write (issue #8: at most 1.3 times the same writes without auditing),
 * with Hibernate ORM and Envers of the version WildFly 39 ships, in this JVM, against a throwaway
 * database migrated by the application's own Flyway migrations (and checked by Hibernate's schema
 * validation): the domain's audited {@code Person} with its real revision entity ({@code Revision},
 * stamped by {@code RevisionActorListener} with the actor bound to the thread, as the server does)
 * against {@link UnauditedPerson}, the same mapping without {@code @Audited} on a copy of the table.
 *
 * <p>Each thread runs transactions back to back, alternately an insert of a new usager (ten sealed
 * fields, two blind indexes: Envers adds a revision row and a history row) and an update of two
 * fields of one it inserted earlier (a {@code find}, then the update: Envers again adds a revision
 * and a full history row), one session per transaction as a transaction-scoped persistence context
 * does. The ciphertexts are made once by the real {@code FieldCipher} and reused: P5 measures
 * Envers, not encryption. The phases run twice audited, unaudited, unaudited, audited, each a
 * warm-up then its share of the measured time, so a drift of the machine's load hits both alike.
 */
final class EnversBenchmark {

    static final String DATABASE = "passerelle_bench_envers";
    static final String NAME = "P5 Envers, audited / unaudited entity";
    private static final int ROUNDS = 2;
    private static final Duration WARMUP = Duration.ofSeconds(2);
    private static final Duration INITIAL_WARMUP = Duration.ofSeconds(4);
    private static final int SEALED_SETS = 256;
    /** Kept: the JDK's log manager holds loggers weakly, and a collected one forgets its level. */
    private static final List<Logger> QUIET = new ArrayList<>();

    private final String adminUrl;
    private final int threads;
    private final Duration phase;
    private final byte[][][] sealed = new byte[SEALED_SETS][][];

    EnversBenchmark(String adminUrl, int threads, int measuredSeconds) {
        this.adminUrl = adminUrl;
        this.threads = threads;
        this.phase = Duration.ofSeconds(measuredSeconds).dividedBy(2L * ROUNDS);
    }

    /** The sums of one kind's measured phases. */
    private static final class Totals {
        final List<Samples.Window> inserts = new ArrayList<>();
        final List<Samples.Window> updates = new ArrayList<>();
        final List<String> rates = new ArrayList<>();

        int count() {
            return inserts.stream().mapToInt(Samples.Window::completed).sum()
                    + updates.stream().mapToInt(Samples.Window::completed).sum();
        }

        double seconds() {
            return inserts.stream().mapToDouble(Samples.Window::seconds).sum();
        }

        double perSecond() {
            return count() / seconds();
        }

        /** Mean time of one transaction of the kinds given. */
        static double meanMillis(List<Samples.Window> windows) {
            long[] all = windows.stream().flatMapToLong(w -> Arrays.stream(w.latencies().nanos())).toArray();
            return Arrays.stream(all).average().orElse(Double.NaN) / 1e6;
        }

        double meanMillis() {
            List<Samples.Window> all = new ArrayList<>(inserts);
            all.addAll(updates);
            return meanMillis(all);
        }
    }

    void measure(Report report) throws Exception {
        quietLogging();
        ThrowawayKeys keys = ThrowawayKeys.generate();
        FictitiousPeople people = new FictitiousPeople(20_261_125L);
        for (int s = 0; s < SEALED_SETS; s++) {
            FictitiousPeople.Person p = people.person(s);
            String[] values = {p.lastName(), p.firstName(), p.lastName(), p.birthDate().toString(), p.nir(),
                    p.address(), p.phone(), p.email(), "fr", "telephone"};
            String row = UUID.randomUUID().toString();
            sealed[s] = new byte[values.length][];
            for (int f = 0; f < values.length; f++) {
                sealed[s][f] = keys.cipher().encrypt(values[f], new FieldContext(ThrowawayKeys.OWNER, "person",
                        StackData.PERSON_SEALED.get(f), row, keys.keyVersion()));
            }
        }
        try (Connection admin = DriverManager.getConnection(adminUrl)) {
            StackData.execute(admin, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            StackData.execute(admin, "CREATE DATABASE " + DATABASE);
            try {
                String url = PostgresUrl.withDatabase(adminUrl, DATABASE);
                progress("migrating a throwaway database with the application's migrations...");
                Flyway.configure(EnversBenchmark.class.getClassLoader()).dataSource(url, null, null)
                        .locations("classpath:db/migration").load().migrate();
                try (Connection db = DriverManager.getConnection(url)) {
                    // LIKE copies columns, defaults, checks and indexes; the foreign key is added as person has it.
                    StackData.execute(db, "CREATE TABLE person_unaudited (LIKE person INCLUDING ALL)");
                    StackData.execute(db, "ALTER TABLE person_unaudited ADD FOREIGN KEY (organisation_code) "
                            + "REFERENCES organisation (code)");
                }
                try (SessionFactory sessions = sessionFactory(url)) {
                    measure(sessions, url, report);
                }
            } finally {
                StackData.execute(admin, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    private void measure(SessionFactory sessions, String url, Report report) throws Exception {
        Writes<Person> audited = new Writes<>(Person.class, () -> new Person(ThrowawayKeys.OWNER, 1, Instant.now()),
                Person::id, Person::indexBy, person -> person.touch(Instant.now()));
        Writes<UnauditedPerson> unaudited = new Writes<>(UnauditedPerson.class,
                () -> new UnauditedPerson(ThrowawayKeys.OWNER, 1), UnauditedPerson::id, UnauditedPerson::indexBy,
                UnauditedPerson::touch);
        Totals auditedTotals = new Totals();
        Totals unauditedTotals = new Totals();
        progress("%d threads writing, %d rounds of audited, unaudited, unaudited, audited (%d s + %.1f s each)...",
                threads, ROUNDS, WARMUP.toSeconds(), phase.toMillis() / 1000.0);
        // The JIT first: both kinds' code paths, nothing recorded.
        run(sessions, audited, null, "warm-up audited", INITIAL_WARMUP);
        run(sessions, unaudited, null, "warm-up unaudited", INITIAL_WARMUP);
        for (int round = 0; round < ROUNDS; round++) {
            run(sessions, audited, auditedTotals, "audited");
            run(sessions, unaudited, unauditedTotals, "unaudited");
            run(sessions, unaudited, unauditedTotals, "unaudited");
            run(sessions, audited, auditedTotals, "audited");
        }
        String name = NAME + ", " + threads + " threads";
        report.figure(Figure.against(name + ": time per write transaction (insert or update)",
                        Quantity.of(auditedTotals.meanMillis(), "ms"), Quantity.of(unauditedTotals.meanMillis(), "ms"))
                .withTarget(Target.ratioAtMost(1.30)));
        report.figure(Figure.against(name + ": time per insert",
                Quantity.of(Totals.meanMillis(auditedTotals.inserts), "ms"),
                Quantity.of(Totals.meanMillis(unauditedTotals.inserts), "ms")));
        report.figure(Figure.against(name + ": time per update",
                Quantity.of(Totals.meanMillis(auditedTotals.updates), "ms"),
                Quantity.of(Totals.meanMillis(unauditedTotals.updates), "ms")));
        String counts;
        try (Connection db = DriverManager.getConnection(url)) {
            counts = String.format(Locale.ROOT, "person %s rows, person_aud %s, revision %s, person_unaudited %s",
                    StackData.queryString(db, "SELECT to_char(count(*), 'FM999,999,999') FROM person"),
                    StackData.queryString(db, "SELECT to_char(count(*), 'FM999,999,999') FROM person_aud"),
                    StackData.queryString(db, "SELECT to_char(count(*), 'FM999,999,999') FROM revision"),
                    StackData.queryString(db, "SELECT to_char(count(*), 'FM999,999,999') FROM person_unaudited"));
        }
        report.note(String.format(Locale.ROOT, "P5: Hibernate %s with Envers in this JVM (built-in connection pool, "
                        + "%d connections), the schema of the application's migrations; %d threads, one session and "
                        + "one transaction per write, inserts (10 sealed fields, 2 blind indexes) alternating with "
                        + "updates of 2 fields of an earlier row; after %d s of each kind unmeasured, %d rounds of audited, unaudited, unaudited, audited, "
                        + "each %d s warm-up + %.1f s measured. Throughput audited / unaudited: %,.0f / %,.0f writes/s "
                        + "(phases in order: audited %s; unaudited %s); at the end: %s",
                org.hibernate.Version.getVersionString(), threads + 2, threads,
                WARMUP.plus(INITIAL_WARMUP).toSeconds(), ROUNDS, WARMUP.toSeconds(),
                phase.toMillis() / 1000.0, auditedTotals.perSecond(), unauditedTotals.perSecond(),
                String.join(", ", auditedTotals.rates), String.join(", ", unauditedTotals.rates), counts));
    }

    /** How to write one kind of entity: create, id, index, touch. */
    private record Writes<T extends SealedRow>(Class<T> type, Supplier<T> create,
                                               Function<T, UUID> id, Indexer<T> index,
                                               Consumer<T> touch) {
    }

    @FunctionalInterface
    private interface Indexer<T> {
        void index(T row, byte[] nirIndex, byte[] nameIndex);
    }

    private <T extends SealedRow> void run(SessionFactory sessions, Writes<T> writes, Totals totals, String label)
            throws Exception {
        run(sessions, writes, totals, label, phase);
    }

    /** A phase: {@link #WARMUP}, then {@code measured}; its figures go to {@code totals} unless that is null. */
    @SuppressWarnings("try") // the actor's scope is used by being open
    private <T extends SealedRow> void run(SessionFactory sessions, Writes<T> writes, Totals totals, String label,
                                           Duration measured) throws Exception {
        long start = System.nanoTime();
        long measuredFrom = start + WARMUP.toNanos();
        long end = measuredFrom + measured.toNanos();
        List<Samples> inserts = new ArrayList<>();
        List<Samples> updates = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Samples mineInserted = new Samples();
            Samples mineUpdated = new Samples();
            inserts.add(mineInserted);
            updates.add(mineUpdated);
            SplittableRandom random = new SplittableRandom(start + t);
            Thread.ofPlatform().name("envers-" + t).start(() -> {
                try (ActorContext.Scope ignored = ActorContext.bind(new Actor(StackData.AGENT, ThrowawayKeys.OWNER,
                        UUID.randomUUID().toString(), "127.0.0.1"))) {
                    List<UUID> written = new ArrayList<>();
                    long began;
                    boolean insert = true;
                    while ((began = System.nanoTime()) < end) {
                        if (insert || written.isEmpty()) {
                            written.add(insert(sessions, writes, random));
                            mineInserted.add(began, System.nanoTime(), 200);
                        } else {
                            update(sessions, writes, written.get(random.nextInt(written.size())), random);
                            mineUpdated.add(began, System.nanoTime(), 200);
                        }
                        insert = !insert;
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a writer failed: " + failures.getFirst(), failures.getFirst());
        }
        Samples.Window inserted = Samples.merge(inserts).between(measuredFrom, end);
        Samples.Window updated = Samples.merge(updates).between(measuredFrom, end);
        double perSecond = (inserted.completed() + updated.completed()) / inserted.seconds();
        if (totals != null) {
            totals.inserts.add(inserted);
            totals.updates.add(updated);
            totals.rates.add(String.format(Locale.ROOT, "%,.0f/s", perSecond));
        }
        progress("%-17s %,6.0f writes/s (insert %.2f ms, update %.2f ms)", label, perSecond,
                Totals.meanMillis(List.of(inserted)), Totals.meanMillis(List.of(updated)));
    }

    private <T extends SealedRow> UUID insert(SessionFactory sessions, Writes<T> writes, SplittableRandom random) {
        byte[][] values = sealed[random.nextInt(SEALED_SETS)];
        try (Session session = sessions.openSession()) {
            Transaction transaction = session.beginTransaction();
            T row = writes.create().get();
            for (int f = 0; f < values.length; f++) {
                row.seal(PERSON_FIELDS.get(f), values[f]);
            }
            writes.index().index(row, randomBytes(random, 16), randomBytes(random, 16));
            session.persist(row);
            transaction.commit();
            return writes.id().apply(row);
        }
    }

    private <T extends SealedRow> void update(SessionFactory sessions, Writes<T> writes, UUID id,
                                              SplittableRandom random) {
        byte[][] values = sealed[random.nextInt(SEALED_SETS)];
        try (Session session = sessions.openSession()) {
            Transaction transaction = session.beginTransaction();
            T row = session.find(writes.type(), id);
            row.seal(Field.PERSON_ADDRESS, values[5]);
            row.seal(Field.PERSON_PHONE, values[6]);
            writes.touch().accept(row);
            transaction.commit();
        }
    }

    /** The fields of {@link StackData#PERSON_SEALED}, in that order. */
    private static final List<Field> PERSON_FIELDS = List.of(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES,
            Field.PERSON_BIRTH_NAME, Field.PERSON_BIRTH_DATE, Field.PERSON_NIR, Field.PERSON_ADDRESS,
            Field.PERSON_PHONE, Field.PERSON_EMAIL, Field.PERSON_PREFERRED_LANGUAGE, Field.PERSON_CONTACT_CHANNEL);

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private SessionFactory sessionFactory(String url) {
        return new Configuration()
                .addAnnotatedClass(Person.class)
                .addAnnotatedClass(Revision.class)
                .addAnnotatedClass(UnauditedPerson.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.pool_size", String.valueOf(threads + 2))
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.show_sql", "false")
                // as in the application's persistence.xml
                .setProperty("hibernate.jpa.compliance.query", "false")
                .buildSessionFactory();
    }

    private static void quietLogging() {
        for (String name : List.of("org.hibernate", "org.flywaydb")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET.add(logger);
        }
    }

    private static void progress(String format, Object... arguments) {
        Benchmarks.progress("envers", format, arguments);
    }
}

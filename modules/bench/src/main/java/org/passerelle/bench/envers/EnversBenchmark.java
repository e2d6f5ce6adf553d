package org.passerelle.bench.envers;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;
import org.passerelle.bench.Run;
import org.passerelle.bench.crypto.ThrowawayKeys;
import org.passerelle.bench.db.Sql;
import org.passerelle.bench.load.Samples;
import org.passerelle.bench.load.Workers;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Figure.Target;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.seed.StackData;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;
import org.passerelle.domain.audit.Revision;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.protection.SealedColumn;
import org.passerelle.secrecy.Field;
import org.passerelle.testing.people.FictitiousPeople;

/** P5, what Envers adds to a write of the audited {@code Person} (modules/bench/README.md). */
public final class EnversBenchmark {

    static final String NAME = "P5 Envers, audited / unaudited entity";
    private static final int ROUNDS = 2;
    private static final Duration WARMUP = Duration.ofSeconds(2);
    private static final Duration INITIAL_WARMUP = Duration.ofSeconds(4);
    private static final int SEALED_SETS = 256;
    /** The usager's sealed fields, in the order of {@link SealedColumn}. */
    private static final List<Field> PERSON_FIELDS =
            StackData.sealed("person").stream().map(SealedColumn::field).toList();
    /** Kept: the JDK's log manager holds loggers weakly, and a collected one forgets its level. */
    private static final List<Logger> QUIET = new ArrayList<>();

    /** The measured phases of one kind. */
    private record Totals(List<Samples.Window> inserts, List<Samples.Window> updates, List<String> rates) {

        Totals() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        Samples.Window all() {
            return Samples.Window.pooled(inserts).plus(Samples.Window.pooled(updates));
        }

        /** Inserts and updates run in the same time: the writes per second are both counts over it. */
        double perSecond() {
            return all().completed() / Samples.Window.pooled(inserts).seconds();
        }
    }

    private final Run run;
    private final int threads;
    private final Duration phase;
    private final byte[][][] sealed = new byte[SEALED_SETS][][];

    public EnversBenchmark(Run run) {
        this.run = run;
        this.threads = run.size("envers-threads");
        this.phase = Duration.ofSeconds(run.size("envers-seconds")).dividedBy(2L * ROUNDS);
    }

    public void measure() throws Exception {
        for (String name : List.of("org.hibernate", "org.flywaydb")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET.add(logger);
        }
        ThrowawayKeys keys = ThrowawayKeys.generate();
        FictitiousPeople people = new FictitiousPeople(20_261_125L);
        for (int s = 0; s < SEALED_SETS; s++) {
            sealed[s] = StackData.seal(
                    keys, "person", StackData.PERSON_SEALED, UUID.randomUUID(), StackData.values(people.person(s)));
        }
        run.progress("migrating a throwaway database with the application's migrations...");
        try (Sql.Throwaway db = Sql.Throwaway.create(run.adminUrl(), run.database("envers"))
                        .migrated();
                SessionFactory audited = sessionFactory(db.url(), true);
                SessionFactory unaudited = sessionFactory(db.url(), false)) {
            measure(audited, unaudited, db, run.report());
        }
    }

    private void measure(SessionFactory audited, SessionFactory unaudited, Sql.Throwaway db, Report report)
            throws Exception {
        Totals auditedTotals = new Totals();
        Totals unauditedTotals = new Totals();
        run.progress(
                "%d threads writing, %d rounds of audited, unaudited, unaudited, audited (%d s + %.1f s each)...",
                threads, ROUNDS, WARMUP.toSeconds(), phase.toMillis() / 1000.0);
        // The JIT first: both kinds' code paths, nothing recorded.
        run(audited, null, "warm-up audited", INITIAL_WARMUP);
        run(unaudited, null, "warm-up unaudited", INITIAL_WARMUP);
        for (int round = 0; round < ROUNDS; round++) {
            run(audited, auditedTotals, "audited", phase);
            run(unaudited, unauditedTotals, "unaudited", phase);
            run(unaudited, unauditedTotals, "unaudited", phase);
            run(audited, auditedTotals, "audited", phase);
        }
        String name = NAME + ", " + threads + " threads";
        report.figure(Figure.against(
                        name + ": time per write transaction (insert or update)",
                        ms(auditedTotals.all()),
                        ms(unauditedTotals.all()))
                .withTarget(Target.ratioAtMost(1.30)));
        report.figure(Figure.against(
                name + ": time per insert",
                ms(Samples.Window.pooled(auditedTotals.inserts())),
                ms(Samples.Window.pooled(unauditedTotals.inserts()))));
        report.figure(Figure.against(
                name + ": time per update",
                ms(Samples.Window.pooled(auditedTotals.updates())),
                ms(Samples.Window.pooled(unauditedTotals.updates()))));
        String counts;
        try (Connection connection = db.connect()) {
            counts = Report.format(
                    "person %,d rows, person_aud %,d, revision %,d",
                    Sql.queryLong(connection, "SELECT count(*) FROM person"),
                    Sql.queryLong(connection, "SELECT count(*) FROM person_aud"),
                    Sql.queryLong(connection, "SELECT count(*) FROM revision"));
        }
        report.note(
                "P5: Hibernate %s, %d threads; after %d s of each kind unmeasured, %d rounds of audited, unaudited, "
                        + "unaudited, audited, each %d s warm-up + %.1f s measured. Audited / unaudited: %,.0f / "
                        + "%,.0f writes/s (phases in order: audited %s; unaudited %s); at the end: %s",
                org.hibernate.Version.getVersionString(),
                threads,
                WARMUP.plus(INITIAL_WARMUP).toSeconds(),
                ROUNDS,
                WARMUP.toSeconds(),
                phase.toMillis() / 1000.0,
                auditedTotals.perSecond(),
                unauditedTotals.perSecond(),
                String.join(", ", auditedTotals.rates()),
                String.join(", ", unauditedTotals.rates()),
                counts);
    }

    private static Quantity ms(Samples.Window window) {
        return Quantity.of(window.latencies().meanMillis(), "ms");
    }

    /** A phase: {@link #WARMUP}, then {@code measured}; its figures go to {@code totals} unless that is null. */
    @SuppressWarnings("try") // the actor's scope is used by being open
    private void run(SessionFactory sessions, Totals totals, String label, Duration measured) throws Exception {
        long measuredFrom = System.nanoTime() + WARMUP.toNanos();
        long end = measuredFrom + measured.toNanos();
        Samples inserts = new Samples();
        Samples updates = new Samples();
        Workers.run("envers", threads, thread -> {
            SplittableRandom random = new SplittableRandom(measuredFrom + thread);
            try (ActorContext.Scope ignored = ActorContext.bind(new Actor(
                    StackData.AGENT, ThrowawayKeys.OWNER, UUID.randomUUID().toString(), "127.0.0.1"))) {
                List<UUID> written = new ArrayList<>();
                long began;
                boolean insert = true;
                while ((began = System.nanoTime()) < end) {
                    if (insert || written.isEmpty()) {
                        written.add(insert(sessions, random));
                        inserts.add(began, System.nanoTime(), 200);
                    } else {
                        update(sessions, written.get(random.nextInt(written.size())), random);
                        updates.add(began, System.nanoTime(), 200);
                    }
                    insert = !insert;
                }
            }
        });
        Samples.Window inserted = inserts.between(measuredFrom, end);
        Samples.Window updated = updates.between(measuredFrom, end);
        double perSecond = (inserted.completed() + updated.completed()) / inserted.seconds();
        if (totals != null) {
            totals.inserts().add(inserted);
            totals.updates().add(updated);
            totals.rates().add(Report.format("%,.0f/s", perSecond));
        }
        run.progress(
                "%-17s %,6.0f writes/s (insert %.2f ms, update %.2f ms)",
                label,
                perSecond,
                inserted.latencies().meanMillis(),
                updated.latencies().meanMillis());
    }

    private UUID insert(SessionFactory sessions, SplittableRandom random) {
        byte[][] values = sealed[random.nextInt(SEALED_SETS)];
        try (Session session = sessions.openSession()) {
            Transaction transaction = session.beginTransaction();
            Person row = new Person(ThrowawayKeys.OWNER, 1, Instant.now());
            for (int f = 0; f < values.length; f++) {
                row.seal(PERSON_FIELDS.get(f), values[f]);
            }
            row.indexBy(randomBytes(random), randomBytes(random));
            session.persist(row);
            transaction.commit();
            return row.id();
        }
    }

    private void update(SessionFactory sessions, UUID id, SplittableRandom random) {
        byte[][] values = sealed[random.nextInt(SEALED_SETS)];
        try (Session session = sessions.openSession()) {
            Transaction transaction = session.beginTransaction();
            Person row = session.find(Person.class, id);
            row.seal(Field.PERSON_ADDRESS, values[PERSON_FIELDS.indexOf(Field.PERSON_ADDRESS)]);
            row.seal(Field.PERSON_PHONE, values[PERSON_FIELDS.indexOf(Field.PERSON_PHONE)]);
            row.touch(Instant.now());
            transaction.commit();
        }
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    /** As the application's persistence.xml configures it; {@code audited} false turns Envers off. */
    private SessionFactory sessionFactory(String url, boolean audited) {
        return new Configuration()
                .addAnnotatedClass(Person.class)
                .addAnnotatedClass(Revision.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.pool_size", String.valueOf(threads + 2))
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.show_sql", "false")
                .setProperty("hibernate.jpa.compliance.query", "false")
                .setProperty("hibernate.integration.envers.enabled", String.valueOf(audited))
                .buildSessionFactory();
    }
}

package org.passerelle.bench.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.bench.Run;
import org.passerelle.bench.crypto.ThrowawayKeys;
import org.passerelle.bench.db.Copy;
import org.passerelle.bench.db.Sql;
import org.passerelle.bench.load.Latencies;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Figure.Target;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.crypto.NameAndBirthDate;
import org.passerelle.crypto.Nir;
import org.passerelle.testing.people.FictitiousPeople;
import org.passerelle.testing.people.Usager.Person;

/** P3, a search by NIR through the blind index against a plaintext column (modules/bench/README.md). */
public final class SearchBenchmark {

    private static final int WARMUP_LOOKUPS = 2_000;
    /** Encrypted columns, named {@code <key>_enc}, and what they hold. */
    private static final List<Map.Entry<String, Function<Person, String>>> ENCRYPTED = List.of(
            Map.entry("first_name", Person::firstNames),
            Map.entry("last_name", Person::lastName),
            Map.entry("birth_date", person -> person.birthDate().toString()),
            Map.entry("nir", Person::nir),
            Map.entry("address", Person::address),
            Map.entry("phone", Person::phone),
            Map.entry("email", Person::email));

    private static final String ENCRYPTED_COLUMNS =
            ENCRYPTED.stream().map(column -> column.getKey() + "_enc").collect(Collectors.joining(", "));
    private static final String COLUMNS = "id, organisation_code, key_version, last_name, nir_plain, nir_bidx, "
            + "name_birthdate_bidx, " + ENCRYPTED_COLUMNS;
    private static final String SELECT = "SELECT id, key_version, " + ENCRYPTED_COLUMNS + " FROM person WHERE ";

    /** A search that returns how many rows it read. */
    @FunctionalInterface
    private interface Lookup {
        int rowsFor(String typedNir) throws SQLException;
    }

    private final Run run;
    private final int persons;
    private final int lookups;
    private final ThrowawayKeys keys = ThrowawayKeys.generate();
    private final FictitiousPeople people = new FictitiousPeople(20_261_122L);

    public SearchBenchmark(Run run) {
        this.run = run;
        this.persons = run.size("persons");
        this.lookups = run.size("lookups");
        if (persons > FictitiousPeople.CROWD) {
            throw new IllegalArgumentException("at most " + FictitiousPeople.CROWD + " persons");
        }
    }

    public void measure() throws Exception {
        try (Sql.Throwaway throwaway = Sql.Throwaway.create(run.adminUrl(), run.database("search"));
                Connection db = throwaway.connect()) {
            prepare(db, run.report());
            measureLookups(db, run.report());
        }
    }

    private void prepare(Connection db, Report report) throws SQLException {
        run.progress("loading %,d persons...", persons);
        long start = System.nanoTime();
        Sql.execute(
                db,
                "CREATE TABLE person (id uuid NOT NULL, organisation_code text NOT NULL, key_version integer "
                        + "NOT NULL, last_name text NOT NULL, nir_plain text NOT NULL, nir_bidx bytea NOT NULL, "
                        + "name_birthdate_bidx bytea NOT NULL, "
                        + ENCRYPTED.stream()
                                .map(column -> column.getKey() + "_enc bytea NOT NULL")
                                .collect(Collectors.joining(", "))
                        + ")");
        try (Copy copy = Copy.into(db, "person (" + COLUMNS + ")")) {
            for (int i = 0; i < persons; i++) {
                Person person = people.person(i);
                String id = UUID.randomUUID().toString();
                copy.row(
                        id,
                        ThrowawayKeys.OWNER,
                        keys.keyVersion(),
                        person.lastName(),
                        person.nir(),
                        keys.nirIndex().compute(Nir.parse(person.nir())),
                        keys.nameAndBirthDateIndex()
                                .compute(new NameAndBirthDate(
                                        person.firstNames() + " " + person.lastName(), person.birthDate())),
                        ENCRYPTED.stream()
                                .map(column -> keys.cipher()
                                        .encrypt(
                                                column.getValue().apply(person),
                                                keys.context("person", column.getKey(), id)))
                                .toArray());
            }
            copy.finish();
        }
        long loaded = System.nanoTime();
        run.progress("indexing and vacuuming...");
        List<String> indexed = List.of("last_name", "nir_plain", "nir_bidx", "name_birthdate_bidx");
        Sql.execute(db, "SET maintenance_work_mem = '256MB'", "ALTER TABLE person ADD PRIMARY KEY (id)");
        for (String column : indexed) {
            Sql.execute(db, "CREATE INDEX person_" + column + " ON person (" + column + ")");
        }
        Sql.execute(db, "VACUUM (ANALYZE) person");
        report.note(
                "P3 data: %,d persons generated, %d fields each encrypted, copied in "
                        + "%.0f s; primary key, %d indexes and VACUUM ANALYZE in %.0f s; %s with indexes",
                persons,
                ENCRYPTED.size(),
                (loaded - start) / 1e9,
                indexed.size(),
                (System.nanoTime() - loaded) / 1e9,
                Sql.queryString(db, "SELECT pg_size_pretty(pg_total_relation_size('person'))"));
    }

    private void measureLookups(Connection db, Report report) throws SQLException {
        try (PreparedStatement byBlindIndex = db.prepareStatement(SELECT + "nir_bidx = ?");
                PreparedStatement byPlaintext = db.prepareStatement(SELECT + "nir_plain = ?")) {
            Lookup blindIndex = nir -> {
                byBlindIndex.setBytes(1, keys.nirIndex().compute(Nir.parse(nir)));
                return rowsRead(byBlindIndex);
            };
            Lookup plaintext = nir -> {
                byPlaintext.setString(1, Nir.parse(nir).value());
                return rowsRead(byPlaintext);
            };
            String sampleNir = people.person(0).nir();
            requireIndexScan(db, "nir_bidx", "person_nir_bidx", keys.nirIndex().compute(Nir.parse(sampleNir)));
            requireIndexScan(db, "nir_plain", "person_nir_plain", sampleNir);

            run.progress("%,d warm-up then %,d measured lookups of each kind...", WARMUP_LOOKUPS, lookups);
            SplittableRandom random = new SplittableRandom();
            interleaved(WARMUP_LOOKUPS, random, blindIndex, plaintext);
            List<Latencies> measured = interleaved(lookups, random, blindIndex, plaintext);
            Latencies blind = measured.get(0);
            Latencies plain = measured.get(1);

            String figure = "P3 search by NIR, blind index / plaintext: ";
            report.figure(Figure.against(
                            figure + "throughput",
                            Quantity.of(blind.perSecond(), "lookups/s"),
                            Quantity.of(plain.perSecond(), "lookups/s"))
                    .withTarget(Target.ratioAtLeast(0.90)));
            report.figure(Figure.latency(figure + "median", 0.50, blind, plain));
            report.figure(Figure.latency(figure + "p95", 0.95, blind, plain).withTarget(Target.valueAtMost(2, "ms")));
            report.figure(Figure.latency(figure + "p99", 0.99, blind, plain));
            report.note(
                    "P3 lookups: %,d of each kind among %,d persons, alternating, one connection, one row each",
                    lookups, persons);
        }
    }

    /**
     * {@code count} rounds of one lookup of each kind, the order rotating every round, each lookup
     * for another random person; returns the latencies of each kind, in the order given.
     */
    private List<Latencies> interleaved(int count, SplittableRandom random, Lookup... kinds) throws SQLException {
        List<Latencies> latencies = List.of(new Latencies(), new Latencies());
        for (int round = 0; round < count; round++) {
            for (int turn = 0; turn < kinds.length; turn++) {
                int kind = (round + turn) % kinds.length;
                String nir = people.person(random.nextInt(persons)).nir();
                long start = System.nanoTime();
                int rows = kinds[kind].rowsFor(nir);
                latencies.get(kind).record(System.nanoTime() - start);
                if (rows != 1) {
                    throw new IllegalStateException("a lookup read " + rows + " rows instead of 1");
                }
            }
        }
        return latencies;
    }

    /** Reads every column of every row, as a caller would before decrypting. */
    private static int rowsRead(PreparedStatement query) throws SQLException {
        int rows = 0;
        try (ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    result.getBytes(c);
                }
                rows++;
            }
        }
        return rows;
    }

    /** Fails unless the planner searches {@code column} through {@code index}: else we would measure a scan. */
    private static void requireIndexScan(Connection db, String column, String index, Object sample)
            throws SQLException {
        String plan = String.join("\n", Sql.queryStrings(db, "EXPLAIN " + SELECT + column + " = ?", sample));
        if (!plan.contains(index)) {
            throw new IllegalStateException("The search by " + column + " does not use " + index + ":\n" + plan);
        }
    }
}

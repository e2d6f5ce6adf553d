package org.passerelle.bench.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import org.passerelle.bench.Run;
import org.passerelle.bench.db.Sql;
import org.passerelle.bench.load.Latencies;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Figure.Target;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.seed.StackData;
import org.passerelle.crypto.Nir;

/**
 * P3, a search by NIR among the stack's usagers: the application's table through its blind index, against the
 * plaintext copy's NIR column (modules/bench/README.md).
 */
public final class SearchBenchmark {

    private static final int WARMUP_LOOKUPS = 2_000;
    /** Both read the same ten fields of one row: sealed in {@code person}, plaintext in the copy. */
    private static final String SELECT =
            "SELECT id, " + String.join(", ", StackData.PERSON_SEALED) + " FROM %s WHERE organisation_code = ? AND %s";

    private static final String BY_BLIND_INDEX = SELECT.formatted("person", "nir_bidx = ?");
    private static final String BY_PLAINTEXT = SELECT.formatted("bench_plain_person", "nir = ?");

    /** A search that returns how many rows it read. */
    @FunctionalInterface
    private interface Lookup {
        int rowsFor(String typedNir) throws SQLException;
    }

    private final Run run;
    private final StackData.Seeded data;
    private final int lookups;

    public SearchBenchmark(Run run) {
        this.run = run;
        this.data = run.data();
        this.lookups = run.size("lookups");
    }

    public void measure() throws Exception {
        try (Connection db = run.stack().superuserConnection()) {
            // The application's own unique index serves the blind index; the plaintext copy gets the same on its NIR.
            Sql.execute(
                    db,
                    "CREATE UNIQUE INDEX IF NOT EXISTS bench_plain_person_nir ON bench_plain_person (organisation_code, nir)",
                    "ANALYZE bench_plain_person");
            measureLookups(db, run.report());
        }
    }

    private void measureLookups(Connection db, Report report) throws SQLException {
        try (PreparedStatement byBlindIndex = db.prepareStatement(BY_BLIND_INDEX);
                PreparedStatement byPlaintext = db.prepareStatement(BY_PLAINTEXT)) {
            Lookup blindIndex = nir -> rowsRead(byBlindIndex, data.nirIndex().compute(Nir.parse(nir)));
            Lookup plaintext = nir -> rowsRead(byPlaintext, Nir.parse(nir).value());
            String sampleNir = StackData.person(0).nir();
            requireIndexScan(db, BY_BLIND_INDEX, "person_nir_", data.nirIndex().compute(Nir.parse(sampleNir)));
            requireIndexScan(db, BY_PLAINTEXT, "bench_plain_person_nir", sampleNir);

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
        }
    }

    /**
     * {@code count} rounds of one lookup of each kind, the order rotating every round, each lookup
     * for another random usager; returns the latencies of each kind, in the order given.
     */
    private List<Latencies> interleaved(int count, SplittableRandom random, Lookup... kinds) throws SQLException {
        List<Latencies> latencies = List.of(new Latencies(), new Latencies());
        for (int round = 0; round < count; round++) {
            for (int turn = 0; turn < kinds.length; turn++) {
                int kind = (round + turn) % kinds.length;
                String nir = StackData.person(random.nextInt(data.persons())).nir();
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
    private static int rowsRead(PreparedStatement query, Object nir) throws SQLException {
        query.setString(1, StackData.ORGANISATION);
        query.setObject(2, nir);
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

    /** Fails unless the planner searches through an index named {@code index…}: else we would measure a scan. */
    private static void requireIndexScan(Connection db, String query, String index, Object sample) throws SQLException {
        String plan = String.join("\n", Sql.queryStrings(db, "EXPLAIN " + query, StackData.ORGANISATION, sample));
        if (!plan.contains("Index Scan using " + index)) {
            throw new IllegalStateException("The search " + query + " does not use " + index + ":\n" + plan);
        }
    }
}

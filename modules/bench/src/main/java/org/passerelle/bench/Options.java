package org.passerelle.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line: which measurements ({@code --only}), their sizes ({@code --name=N} or
 * {@code --name=N,M}, see {@link #SIZES} and modules/bench/README.md), and where the results go.
 * {@link #command()} gives it back for the documentation page, without the output options.
 */
public record Options(
        Set<String> only,
        Map<String, List<Integer>> sizes,
        boolean profile,
        String wildflyHeap,
        String databases,
        Path out,
        Path docs,
        Path repository,
        List<String> arguments) {

    /** Every measurement, in the order they run. */
    static final List<String> MEASUREMENTS =
            List.of("crypto", "search", "journal", "envers", "read", "delivery", "rotation");
    /** Each size and its default, a line per measurement: P3, P2, P5, the stack's data and ports, P1, P6, P4. */
    static final Map<String, String> SIZES = defaults("""
            lookups=20000
            journal-threads=4,8 journal-seconds=20 journal-entries=1000000
            envers-threads=4 envers-seconds=20
            stack-persons=1000000 port-offset=20000
            read-pool=10000 read-users=1,2,4,8,16,32 read-seconds=8
            rotation-read-rate=50 rotation-before-seconds=20 rotation-max-minutes=10
            delivery-https=1000 delivery-sftp=100 delivery-rate=10 delivery-seconds=30 delivery-senders=1,2,4,8
            delivery-per-level=200 outbox-threads=4 outbox-seconds=8""");

    /** The options other than sizes. */
    private static final Set<String> OTHERS =
            Set.of("only", "profile", "wildfly-heap", "databases", "out", "docs", "repository");

    static final String USAGE = "usage: bench [--only=" + String.join(",", MEASUREMENTS) + "]\n"
            + SIZES.entrySet().stream()
                    .map(e -> "[--" + e.getKey() + "=" + e.getValue() + "]")
                    .collect(Collectors.joining(" "))
            + "\n[--profile] [--wildfly-heap=512m] [--databases=passerelle_bench] [--out=DIR] [--docs=docs/benchmarks.md] [--repository=DIR]";

    static Options parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>(SIZES);
        List<String> kept = new ArrayList<>();
        for (String arg : args) {
            String[] option = arg.equals("--profile") ? new String[] {arg, "true"} : arg.split("=", 2);
            String name = option[0].substring(Math.min(2, option[0].length()));
            if (option.length != 2 || !option[0].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg);
            } else if (!SIZES.containsKey(name) && !OTHERS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + option[0]);
            }
            given.put(name, option[1]);
            if (!List.of("out", "docs", "repository").contains(name)) {
                kept.add(arg);
            }
        }
        Map<String, List<Integer>> sizes = new LinkedHashMap<>();
        SIZES.keySet().forEach(name -> sizes.put(name, positives("--" + name, given.get(name))));
        if (sizes.get("read-pool").getFirst() > sizes.get("stack-persons").getFirst()) {
            throw new IllegalArgumentException("--read-pool cannot exceed --stack-persons");
        }
        return new Options(
                measurements(given.getOrDefault("only", String.join(",", MEASUREMENTS))),
                Map.copyOf(sizes),
                given.containsKey("profile"),
                checked("wildfly-heap", given.get("wildfly-heap"), "[1-9][0-9]*[mMgG]", "512m or 2g"),
                checked(
                        "databases",
                        given.getOrDefault("databases", "passerelle_bench"),
                        "[a-z][a-z0-9_]{0,40}",
                        "passerelle_bench"),
                path(given, "out"),
                path(given, "docs"),
                path(given, "repository"),
                List.copyOf(kept));
    }

    /** A size given as one number, e.g. {@code size("persons")}. */
    public int size(String name) {
        return sizes(name).getFirst();
    }

    /** A size given as a list, e.g. {@code sizes("read-users")}. */
    public List<Integer> sizes(String name) {
        List<Integer> values = sizes.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no size " + name);
        }
        return values;
    }

    boolean runs(String measurement) {
        return only.contains(measurement);
    }

    boolean needsPostgres() {
        return only.stream().anyMatch(m -> !m.equals("crypto"));
    }

    /** The command as the documentation shows it: {@code ./passerelle bench} and the size options given. */
    String command() {
        return arguments.isEmpty() ? "./passerelle bench" : "./passerelle bench " + String.join(" ", arguments);
    }

    private static Map<String, String> defaults(String defaults) {
        Map<String, String> sizes = new LinkedHashMap<>();
        Arrays.stream(defaults.split("\\s+")).map(size -> size.split("=")).forEach(size -> sizes.put(size[0], size[1]));
        return sizes;
    }

    private static Set<String> measurements(String list) {
        Set<String> chosen = new LinkedHashSet<>(Arrays.asList(list.split(",")));
        if (!MEASUREMENTS.containsAll(chosen)) {
            throw new IllegalArgumentException("--only takes some of " + MEASUREMENTS + ", not " + list);
        }
        return Set.copyOf(chosen);
    }

    /** {@code value} if null or matching {@code regex}, e.g. the prefix of the run's databases or the heap size. */
    private static String checked(String option, String value, String regex, String example) {
        if (value != null && !value.matches(regex)) {
            throw new IllegalArgumentException("--" + option + " takes a value such as " + example + ", not " + value);
        }
        return value;
    }

    private static Path path(Map<String, String> given, String name) {
        String path = given.get(name);
        if (path != null && path.isBlank()) {
            throw new IllegalArgumentException("--" + name + " takes a path");
        }
        return path == null ? null : Path.of(path).toAbsolutePath();
    }

    private static List<Integer> positives(String option, String list) {
        List<Integer> values = new ArrayList<>();
        for (String value : list.split(",", -1)) {
            try {
                values.add(Integer.parseInt(value.replace("_", "")));
            } catch (NumberFormatException e) {
                values.add(0);
            }
            if (values.getLast() <= 0) {
                throw new IllegalArgumentException(option + " takes positive integers, not " + list);
            }
        }
        return List.copyOf(values);
    }
}

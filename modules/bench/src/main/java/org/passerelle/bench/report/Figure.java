package org.passerelle.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.passerelle.bench.load.Latencies;

/**
 * One line of the report: a measured value, the baseline measured in the same run (or
 * {@code null}), and the target it must meet (or {@code null}). The ratio is value / baseline:
 * absolute numbers vary from run to run on a shared machine, the ratio much less.
 */
public record Figure(String name, Quantity value, Quantity baseline, Target target) {

    static final List<String> COLUMNS = List.of("figure", "value", "baseline", "ratio", "target", "met");

    public static Figure of(String name, Quantity value) {
        return new Figure(name, value, null, null);
    }

    public static Figure against(String name, Quantity value, Quantity baseline) {
        return new Figure(name, value, baseline, null);
    }

    /** A latency percentile of {@code value} against the same of {@code baseline}, in ms. */
    public static Figure latency(String name, double percentile, Latencies value, Latencies baseline) {
        return against(
                name,
                Quantity.of(value.percentileMillis(percentile), "ms"),
                Quantity.of(baseline.percentileMillis(percentile), "ms"));
    }

    public Figure withTarget(Target newTarget) {
        return new Figure(name, value, baseline, newTarget);
    }

    /** value / baseline, {@code NaN} without a baseline. */
    public double ratio() {
        return baseline == null ? Double.NaN : value.amount() / baseline.amount();
    }

    /** The cells of {@link #COLUMNS}. */
    List<String> cells() {
        return List.of(
                name,
                value.format(),
                baseline == null ? "" : baseline.format(),
                baseline == null ? "" : String.format(Locale.ROOT, "%.2f", ratio()),
                target == null ? "" : target.description(),
                target == null ? "" : target.check().test(this) ? "yes" : "NO");
    }

    /** What a figure must reach, as printed in the table. */
    public record Target(String description, Predicate<Figure> check) {

        public static Target ratioAtLeast(double minimum) {
            return new Target(String.format(Locale.ROOT, "ratio >= %.2f", minimum), f -> f.ratio() >= minimum);
        }

        /** E.g. {@code >= 3,000/s, ratio >= 0.80}: {@code unit} follows the number as given. */
        public static Target valueAndRatioAtLeast(double minimum, String unit, double minimumRatio) {
            return new Target(
                    String.format(Locale.ROOT, ">= %,.0f%s, ratio >= %.2f", minimum, unit, minimumRatio),
                    f -> f.value().amount() >= minimum && f.ratio() >= minimumRatio);
        }

        /** E.g. {@code >= 100/s}: {@code unit} follows the number as given. */
        public static Target valueAtLeast(double minimum, String unit) {
            return new Target(
                    String.format(Locale.ROOT, ">= %,.0f%s", minimum, unit),
                    f -> f.value().amount() >= minimum);
        }

        public static Target ratioAtMost(double maximum) {
            return new Target(String.format(Locale.ROOT, "ratio <= %.2f", maximum), f -> f.ratio() <= maximum);
        }

        /** The value exceeds the baseline by at most {@code maximum}, e.g. added latency. */
        public static Target addedAtMost(double maximum, String unit) {
            return new Target(
                    String.format(Locale.ROOT, "+%s %s at most", plain(maximum), unit),
                    f -> f.value().amount() - f.baseline().amount() <= maximum);
        }

        public static Target valueAtMost(double maximum, String unit) {
            return new Target(
                    String.format(Locale.ROOT, "<= %s %s", plain(maximum), unit),
                    f -> f.value().amount() <= maximum);
        }

        private static String plain(double number) {
            return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
        }
    }
}

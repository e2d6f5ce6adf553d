package org.passerelle.bench.report;

import java.util.Locale;

/**
 * A measured amount in a unit, with its relative error when the tool gives one (JMH's 99.9%
 * confidence interval), else {@code NaN}.
 */
public record Quantity(double amount, double relativeError, String unit) {

    public static Quantity of(double amount, String unit) {
        return new Quantity(amount, Double.NaN, unit);
    }

    /** E.g. {@code 951,234 ops/s ±2%}, {@code 0.412 ms}: three significant digits at least. */
    String format() {
        String text = String.format(
                Locale.ROOT, amount >= 100 ? "%,.0f %s" : amount >= 1 ? "%.2f %s" : "%.3f %s", amount, unit);
        return Double.isNaN(relativeError) ? text : text + String.format(Locale.ROOT, " ±%.0f%%", relativeError * 100);
    }
}

package org.passerelle.web.ui.audit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.passerelle.application.indicator.ReferralIndicatorView;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiText;

/**
 * One partner's bar chart, drawn by the page as inline SVG: per month, the median and the 90th
 * percentile of the hours the partner took to answer. Only geometry and words; the page's table
 * stays the accessible source, and {@code summary} says in a sentence what the chart shows. The
 * two series differ by shape (filled, outlined) and a legend, never by colour alone.
 *
 * @param partnerName  the partner's name, for the heading
 * @param summary      one sentence for {@code aria-label} and {@code <title>}
 * @param width        the drawing's width, in SVG units
 * @param topLabel     the value at the top of the scale, e.g. "48 h"
 * @param bottomLabel  the value at the bottom, "0 h"
 */
public record PartnerChart(
        String partnerName,
        String summary,
        int width,
        String topLabel,
        String bottomLabel,
        List<Bar> bars,
        List<Tick> ticks) {

    static final int HEIGHT = 200;
    static final int PLOT_TOP = 16;
    static final int PLOT_BOTTOM = 156;
    static final int AXIS_X = 56;
    private static final int GROUP = 44;
    private static final int BAR = 16;

    /** A bar: filled for the median, outlined for the 90th percentile. */
    public record Bar(int x, int y, int width, int height, boolean p90) {}

    /** A month's name under its pair of bars. */
    public record Tick(int x, String label) {}

    static PartnerChart of(List<ReferralIndicatorView> months, AuditFormat format) {
        List<ReferralIndicatorView> sorted = months.stream()
                .sorted(Comparator.comparing(ReferralIndicatorView::month))
                .toList();
        double max =
                Math.ceil(values(sorted).mapToDouble(Double::doubleValue).max().orElse(0));
        double scale = max <= 0 ? 1 : max;
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM yy", UiText.locale());
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ReferralIndicatorView month = sorted.get(i);
            int left = AXIS_X + 8 + i * GROUP;
            bar(bars, left, month.medianHoursToAcknowledge(), scale, false);
            bar(bars, left + BAR + 2, month.p90HoursToAcknowledge(), scale, true);
            ticks.add(new Tick(left + BAR + 1, shortMonth.format(month.month())));
        }
        return new PartnerChart(
                name(sorted.getFirst()),
                summary(sorted, format),
                AXIS_X + 16 + sorted.size() * GROUP,
                format.hours(max),
                format.hours(0.0),
                bars,
                ticks);
    }

    public int height() {
        return HEIGHT;
    }

    public int plotTop() {
        return PLOT_TOP;
    }

    public int plotBottom() {
        return PLOT_BOTTOM;
    }

    public int axisX() {
        return AXIS_X;
    }

    private static void bar(List<Bar> bars, int x, Double hours, double scale, boolean p90) {
        if (hours == null) {
            return;
        }
        int height = (int) Math.round(hours / scale * (PLOT_BOTTOM - PLOT_TOP));
        bars.add(new Bar(x, PLOT_BOTTOM - height, BAR, height, p90));
    }

    /** The partner's name, or its code when the organisation has no name on record. */
    static String name(ReferralIndicatorView month) {
        return month.partnerName() == null || month.partnerName().isBlank() ? month.partner() : month.partnerName();
    }

    private static Stream<Double> values(List<ReferralIndicatorView> months) {
        return months.stream()
                .flatMap(m -> Stream.of(m.medianHoursToAcknowledge(), m.p90HoursToAcknowledge()))
                .filter(Objects::nonNull);
    }

    private static String summary(List<ReferralIndicatorView> months, AuditFormat format) {
        String name = name(months.getFirst());
        String first = format.month(months.getFirst().month());
        String last = format.month(months.getLast().month());
        List<Double> medians = months.stream()
                .map(ReferralIndicatorView::medianHoursToAcknowledge)
                .filter(Objects::nonNull)
                .toList();
        if (medians.isEmpty()) {
            return UiBundle.AUDIT.text("indicators.chart.empty", name, first, last);
        }
        double p90Max = months.stream()
                .map(ReferralIndicatorView::p90HoursToAcknowledge)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        return UiBundle.AUDIT.text(
                "indicators.chart.summary",
                name,
                first,
                last,
                format.hours(
                        medians.stream().mapToDouble(Double::doubleValue).min().orElse(0)),
                format.hours(
                        medians.stream().mapToDouble(Double::doubleValue).max().orElse(0)),
                format.hours(p90Max));
    }
}

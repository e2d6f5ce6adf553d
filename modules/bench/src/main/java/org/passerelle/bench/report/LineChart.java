package org.passerelle.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart written as PNG by JFreeChart: one line with markers per series, a linear or base-2
 * logarithmic x axis (concurrency 1, 2, 4 … 32), a y axis from zero, legend and title. A point
 * whose value is not finite (no successful request) is left out of its line.
 */
public final class LineChart {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final int[] PALETTE = {0x1f5fbf, 0xd95f02, 0x1b9e77, 0x7570b3, 0xe7298a, 0x666666};
    private static final Stroke SOLID = new BasicStroke(2.2f);
    private static final Stroke DASHED =
            new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f);

    private final String title;
    private final ValueAxis x;
    private final NumberAxis y;
    private final XYSeriesCollection series = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);

    public LineChart(String title, String xLabel, String yLabel, boolean logX) {
        this.title = title;
        if (logX) {
            LogAxis log = new LogAxis(xLabel);
            log.setBase(2);
            log.setTickUnit(new NumberTickUnit(1));
            log.setNumberFormatOverride(new DecimalFormat("#,##0"));
            x = log;
        } else {
            x = new NumberAxis(xLabel);
        }
        y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
    }

    /** A solid line in the next colour. */
    public LineChart series(String name, double[] xs, double[] ys) {
        return series(name, xs, ys, series.getSeriesCount(), false);
    }

    /** A line in colour {@code color} of the palette, dashed or not: e.g. p50 solid and p99 dashed, one colour per kind. */
    public LineChart series(String name, double[] xs, double[] ys, int color, boolean dashed) {
        if (xs.length != ys.length || xs.length == 0) {
            throw new IllegalArgumentException("a series needs as many x as y values, at least one");
        }
        XYSeries line = new XYSeries(name, false, true);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(ys[i])) {
                line.add(xs[i], ys[i]);
            }
        }
        int index = series.getSeriesCount();
        series.addSeries(line);
        renderer.setSeriesPaint(index, new Color(PALETTE[color % PALETTE.length]));
        renderer.setSeriesStroke(index, dashed ? DASHED : SOLID);
        return this;
    }

    public JFreeChart chart() {
        if (series.getSeriesCount() == 0) {
            throw new IllegalStateException("a chart needs a series");
        }
        XYPlot plot = new XYPlot(series, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public void writePng(Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        ChartUtils.saveChartAsPNG(file.toFile(), chart(), WIDTH, HEIGHT);
    }
}

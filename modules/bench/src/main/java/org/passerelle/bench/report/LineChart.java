package org.passerelle.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import javax.imageio.ImageIO;

/**
 * A plain line chart written as PNG with Java2D (headless, no dependency): one line with markers
 * per series, a linear or base-2 logarithmic x axis (concurrency 1, 2, 4 … 32), a linear y axis
 * from zero, grid, legend and title. Enough for the benchmark's curves of throughput and latency
 * against concurrency.
 */
public final class LineChart {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color[] PALETTE = {new Color(0x1f, 0x5f, 0xbf), new Color(0xd9, 0x5f, 0x02),
            new Color(0x1b, 0x9e, 0x77), new Color(0x75, 0x70, 0xb3), new Color(0xe7, 0x29, 0x8a),
            new Color(0x66, 0x66, 0x66)};

    /** One line: its name in the legend, its points, its colour (index in the palette), whether it is dashed. */
    record Series(String name, double[] xs, double[] ys, int color, boolean dashed) {

        Series {
            if (xs.length != ys.length || xs.length == 0) {
                throw new IllegalArgumentException("a series needs as many x as y values, at least one");
            }
        }
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logX;
    private final List<Series> series = new ArrayList<>();

    public LineChart(String title, String xLabel, String yLabel, boolean logX) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.logX = logX;
    }

    /** A solid line in the next colour. */
    public LineChart series(String name, double[] xs, double[] ys) {
        return series(name, xs, ys, series.size(), false);
    }

    /** A line in colour {@code color} of the palette, dashed or not: e.g. p50 solid and p99 dashed, one colour per kind. */
    public LineChart series(String name, double[] xs, double[] ys, int color, boolean dashed) {
        series.add(new Series(name, xs, ys, color, dashed));
        return this;
    }

    public void writePng(Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = render();
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    BufferedImage render() {
        if (series.isEmpty()) {
            throw new IllegalStateException("a chart needs a series");
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        TreeSet<Double> xValues = new TreeSet<>();
        double yMax = 0;
        for (Series s : series) {
            for (int i = 0; i < s.xs().length; i++) {
                xValues.add(s.xs()[i]);
                if (Double.isFinite(s.ys()[i])) {
                    yMax = Math.max(yMax, s.ys()[i]);
                }
            }
        }
        double xMin = scaleX(xValues.first());
        double xMax = scaleX(xValues.last());
        if (xMax == xMin) {
            xMin -= 1;
            xMax += 1;
        }
        double yStep = niceStep(yMax <= 0 ? 1 : yMax * 1.08 / 6);
        double yTop = Math.max(yStep, Math.ceil(yMax * 1.08 / yStep) * yStep);
        Axis x = new Axis(LEFT, plotWidth, xMin, xMax);
        Axis y = new Axis(TOP + plotHeight, -plotHeight, 0, yTop);

        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        // grid and y ticks
        g.setStroke(new BasicStroke(1f));
        for (double value = 0; value <= yTop + yStep / 2; value += yStep) {
            int py = y.pixel(value);
            g.setColor(new Color(0xe4, 0xe4, 0xe4));
            g.drawLine(LEFT, py, LEFT + plotWidth, py);
            g.setColor(Color.DARK_GRAY);
            String label = number(value, yStep);
            g.drawString(label, LEFT - 8 - metrics.stringWidth(label), py + metrics.getAscent() / 2 - 1);
        }
        // x ticks: every value present (log axis) or a nice step (linear axis)
        List<Double> ticks = new ArrayList<>();
        if (logX) {
            ticks.addAll(xValues);
        } else {
            double xStep = niceStep((xValues.last() - xValues.first()) / 8);
            for (double value = Math.ceil(xValues.first() / xStep) * xStep; value <= xValues.last() + xStep / 2;
                 value += xStep) {
                ticks.add(value);
            }
        }
        for (double value : ticks) {
            int px = x.pixel(scaleX(value));
            g.setColor(new Color(0xf0, 0xf0, 0xf0));
            g.drawLine(px, TOP, px, TOP + plotHeight);
            g.setColor(Color.DARK_GRAY);
            String label = number(value, logX ? 1 : niceStep((xValues.last() - xValues.first()) / 8));
            g.drawString(label, px - metrics.stringWidth(label) / 2, TOP + plotHeight + metrics.getAscent() + 6);
        }
        // axes
        g.setColor(Color.GRAY);
        g.drawLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);
        g.drawLine(LEFT, TOP, LEFT, TOP + plotHeight);
        // labels and title
        g.setColor(Color.BLACK);
        g.drawString(xLabel, LEFT + (plotWidth - metrics.stringWidth(xLabel)) / 2, HEIGHT - 22);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, -(TOP + (plotHeight + metrics.stringWidth(yLabel)) / 2), 24);
        rotated.dispose();
        g.setFont(font.deriveFont(Font.BOLD, 16f));
        g.drawString(title, LEFT, 34);
        g.setFont(font);
        // series
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            g.setColor(PALETTE[line.color() % PALETTE.length]);
            g.setStroke(line.dashed()
                    ? new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f)
                    : new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D path = new Path2D.Double();
            boolean started = false;
            for (int i = 0; i < line.xs().length; i++) {
                if (!Double.isFinite(line.ys()[i])) {
                    continue;
                }
                double px = x.exact(scaleX(line.xs()[i]));
                double py = y.exact(line.ys()[i]);
                if (started) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    started = true;
                }
            }
            g.draw(path);
            for (int i = 0; i < line.xs().length; i++) {
                if (Double.isFinite(line.ys()[i])) {
                    g.fill(new Ellipse2D.Double(x.exact(scaleX(line.xs()[i])) - 3.5, y.exact(line.ys()[i]) - 3.5, 7, 7));
                }
            }
        }
        // legend, top left inside the plot
        int lineHeight = metrics.getHeight() + 2;
        int legendWidth = series.stream().mapToInt(s -> metrics.stringWidth(s.name())).max().orElse(0) + 44;
        int lx = LEFT + 12;
        int ly = TOP + 10;
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRect(lx, ly, legendWidth, lineHeight * series.size() + 8);
        g.setColor(Color.LIGHT_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(lx, ly, legendWidth, lineHeight * series.size() + 8);
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            int cy = ly + 4 + lineHeight * s + lineHeight / 2;
            g.setColor(PALETTE[line.color() % PALETTE.length]);
            g.setStroke(line.dashed()
                    ? new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f)
                    : new BasicStroke(2.2f));
            g.drawLine(lx + 8, cy, lx + 32, cy);
            g.setColor(Color.BLACK);
            g.drawString(line.name(), lx + 38, cy + metrics.getAscent() / 2 - 1);
        }
    }

    private double scaleX(double value) {
        return logX ? Math.log(value) / Math.log(2) : value;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** A tick label with as many decimals as the step needs: 0.5, 2, 1,500. */
    static String number(double value, double step) {
        if (Math.abs(value) < step / 1e6) {
            value = 0; // never "-0"
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Maps values to pixels: {@code origin} is where {@code min} lands, {@code length} may be negative. */
    private record Axis(int origin, int length, double min, double max) {

        double exact(double value) {
            return origin + (value - min) / (max - min) * length;
        }

        int pixel(double value) {
            return (int) Math.round(exact(value));
        }
    }
}

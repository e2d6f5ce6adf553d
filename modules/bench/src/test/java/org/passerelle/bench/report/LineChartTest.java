package org.passerelle.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineChartTest {

    private final LineChart chart = new LineChart("P1 throughput", "users", "reads/s", true)
            .series("secured", new double[] {1, 2, 4, 8}, new double[] {100, 180, 240, Double.NaN})
            .series("plaintext p99", new double[] {1, 2, 4, 8}, new double[] {300, 500, 600, 610}, 1, true);

    @Test
    void drawsEverySeriesWithItsFinitePointsOnABaseTwoAxis() {
        JFreeChart drawn = chart.chart();
        XYSeriesCollection series = (XYSeriesCollection) drawn.getXYPlot().getDataset();

        assertThat(drawn.getTitle().getText()).isEqualTo("P1 throughput");
        assertThat(series.getSeriesCount()).isEqualTo(2);
        assertThat(series.getSeries(0).getKey()).isEqualTo("secured");
        assertThat(series.getSeries(0).getItemCount()).isEqualTo(3);
        assertThat(series.getSeries(1).getY(3)).isEqualTo(610.0);
        assertThat(((LogAxis) drawn.getXYPlot().getDomainAxis()).getBase()).isEqualTo(2.0);
        assertThat(drawn.getXYPlot().getRangeAxis().getLabel()).isEqualTo("reads/s");
    }

    @Test
    void writesAPngWithTheSeriesColours(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("chart.png");
        chart.writePng(file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(540);
        assertThat(pixels(image, 0x1f5fbf)).as("the first series' colour").isGreaterThan(100);
        assertThat(pixels(image, 0xd95f02)).as("the second series' colour").isGreaterThan(100);
        assertThatThrownBy(() -> new LineChart("empty", "x", "y", false).chart())
                .isInstanceOf(IllegalStateException.class);
    }

    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                count += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return count;
    }
}

package org.passerelle.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineChartTest {

    @Test
    void writesAPngWithItsSeries(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("chart.png");
        new LineChart("throughput", "users", "reads/s", true)
                .series("secured", new double[] {1, 2, 4, 8}, new double[] {100, 180, 240, Double.NaN})
                .series("plaintext p99", new double[] {1, 2, 4, 8}, new double[] {300, 500, 600, 610}, 1, true)
                .writePng(file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(540);
        assertThat(Files.size(file)).isGreaterThan(5_000);
        assertThatThrownBy(() -> new LineChart("empty", "x", "y", false).render())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(LineChart.niceStep(0.7)).isEqualTo(1);
        assertThat(LineChart.niceStep(1.3)).isEqualTo(2);
        assertThat(LineChart.niceStep(3)).isEqualTo(5);
        assertThat(LineChart.niceStep(730)).isEqualTo(1_000);
        assertThat(LineChart.niceStep(0.013)).isEqualTo(0.02);
        assertThat(LineChart.number(1_500, 500)).isEqualTo("1,500");
        assertThat(LineChart.number(0.5, 0.5)).isEqualTo("0.5");
        assertThat(LineChart.number(-0.0000001, 5)).isEqualTo("0");
    }
}

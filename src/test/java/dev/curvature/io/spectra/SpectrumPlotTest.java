package dev.curvature.io.spectra;

import dev.curvature.spectrum.Spectrum;
import dev.curvature.spectrum.SpectrumKind;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.spectrum.BroadeningOptions;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrumPlotTest {
    @Test
    void pngAndSvgWithIrAndRamanPanelsAndAnOverlay(@TempDir Path dir) throws Exception {
        BroadeningOptions o = BroadeningOptions.defaults().withGrid(200, 4000, 2);
        double[] f = {500, 1600, 3700};
        Spectrum ir = Spectrum.of(SpectrumKind.IR, "water IR", f, new double[] {60, 30, 10}, o);
        Spectrum raman = Spectrum.of(SpectrumKind.RAMAN, "water Raman", f, new double[] {1, 4, 70}, o);
        ReferenceSpectrum exp = new ReferenceSpectrum("exp", "TRANSMITTANCE", new double[] {1000, 1600, 2000}, new double[] {95, 40, 96});
        SpectrumPlot plot = SpectrumPlot.of(ir, raman).withSize(800, 640).withExperimental(SpectrumKind.IR, exp);
        Path png = dir.resolve("s.png"), svg = dir.resolve("s.svg");
        plot.write(png);
        plot.write(svg);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "readable PNG");
        assertEquals(800, image.getWidth());
        assertEquals(640, image.getHeight());
        // something was drawn besides the white background: count non-white pixels
        int ink = 0;
        for (int yy = 0; yy < image.getHeight(); yy += 2)
            for (int xx = 0; xx < image.getWidth(); xx += 2) if ((image.getRGB(xx, yy) & 0xffffff) != 0xffffff) ink++;
        assertTrue(ink > 1000, "ink " + ink);
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("</svg>"), "SVG document");
        assertTrue(text.length() > 5000);
        assertThrows(IllegalArgumentException.class, () -> SpectrumPlot.of(ir).withExperimental(SpectrumKind.RAMAN, exp));
        assertThrows(java.io.IOException.class, () -> plot.write(dir.resolve("s.gif")));
    }

    @Test
    void transmittanceBecomesAbsorbance() {
        ReferenceSpectrum t = new ReferenceSpectrum("t", "% TRANSMITTANCE", new double[] {1, 2}, new double[] {100, 10});
        assertArrayEquals(new double[] {0, 1}, t.asAbsorption().y(), 1e-12);
    }
}

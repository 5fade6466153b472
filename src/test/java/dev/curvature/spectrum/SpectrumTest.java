package dev.curvature.spectrum;

import dev.curvature.io.spectra.SpectrumCsv;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrumTest {
    static final double[] FREQ = {-120, 400, 1250.5, 1600, 3400};
    static final double[] INTENSITY = {5, 12, 0, 80, 33};

    @Test
    void gaussianCurveIntegratesToStickSum() {
        BroadeningOptions o = BroadeningOptions.defaults().withLineshape(Lineshape.GAUSSIAN).withFwhm(10);
        Spectrum s = Spectrum.of(SpectrumKind.IR, "t", FREQ, INTENSITY, o);
        assertEquals(4, s.stickCount(), "the imaginary mode is dropped");
        assertEquals(12 + 80 + 33, s.stickSum(), 1e-12);
        assertEquals(s.stickSum(), s.integral(), 1e-9 * s.stickSum());
        assertEquals(4001, s.pointCount());
    }

    @Test
    void lorentzianCurveIntegratesToStickSumUpToItsTails() {
        BroadeningOptions o = BroadeningOptions.defaults().withFwhm(10).withGrid(0, 4000, 0.5);
        Spectrum s = Spectrum.of(SpectrumKind.RAMAN, "t", FREQ, INTENSITY, o);
        // exact area inside [0, 4000]: Σ I (1/π)[atan((b−ν)/γ) − atan((a−ν)/γ)], γ = FWHM/2
        double inside = 0;
        for (int k = 1; k < FREQ.length; k++)
            inside += INTENSITY[k] / Math.PI * (Math.atan((4000 - FREQ[k]) / 5) - Math.atan((0 - FREQ[k]) / 5));
        assertEquals(inside, s.integral(), 1e-5 * inside);
        assertEquals(s.stickSum(), s.integral(), 0.005 * s.stickSum());
        // Lorentzian peak height I·2/(π w)
        assertEquals(80 * 2 / (Math.PI * 10), s.curve()[3200], 0.01 * 80 * 2 / (Math.PI * 10));
    }

    @Test
    void frequencyScaleMovesSticksAndPeaks() {
        BroadeningOptions o = BroadeningOptions.defaults().withFrequencyScale(0.96).withLineshape(Lineshape.GAUSSIAN);
        Spectrum s = Spectrum.of(SpectrumKind.IR, "t", FREQ, INTENSITY, o);
        assertArrayEquals(new double[] {384, 1200.48, 1536, 3264}, s.stickPositionsCm1(), 1e-9);
        assertArrayEquals(new int[] {1, 2, 3, 4}, s.stickModes());
        double[] y = s.curve();
        int peak = 0;
        for (int j = 0; j < y.length; j++) if (y[j] > y[peak]) peak = j;
        assertEquals(1536, s.gridCm1()[peak], 1e-9);
    }

    @Test
    void badOptionsAndInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BroadeningOptions.defaults().withFwhm(0));
        assertThrows(IllegalArgumentException.class, () -> BroadeningOptions.defaults().withGrid(100, 50, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Spectrum.of(SpectrumKind.IR, "t", FREQ, new double[] {1, 2}, BroadeningOptions.defaults()));
        assertThrows(IllegalArgumentException.class,
                () -> Spectrum.of(SpectrumKind.IR, "t", new double[] {100}, new double[] {Double.NaN}, BroadeningOptions.defaults()));
    }

    @Test
    void csvRoundTrip(@TempDir Path dir) throws Exception {
        BroadeningOptions o = BroadeningOptions.defaults().withGrid(0, 4000, 2);
        Spectrum ir = Spectrum.of(SpectrumKind.IR, "ir", FREQ, INTENSITY, o);
        Spectrum raman = Spectrum.of(SpectrumKind.RAMAN, "raman", FREQ, new double[] {1, 1, 1, 1, 1}, o);
        Path f = dir.resolve("s.csv");
        SpectrumCsv.write(f, SpectrumCsv.curves(ir, raman));
        String text = Files.readString(f);
        assertTrue(text.startsWith("wavenumber_cm-1,IR (km/mol per cm-1),RAMAN (A^4/amu per cm-1)\n"), text.substring(0, 80));
        ReferenceSpectrum back = SpectrumCsv.read(f);
        assertEquals("IR (km/mol per cm-1)", back.yUnits());
        assertArrayEquals(ir.gridCm1(), back.xCm1(), 1e-9);
        double[] y = ir.curve(), yb = back.y();
        for (int j = 0; j < y.length; j++) assertEquals(y[j], yb[j], 1e-9 * Math.max(Math.abs(y[j]), 1e-300));
        assertThrows(IllegalArgumentException.class, () -> SpectrumCsv.curves(ir,
                Spectrum.of(SpectrumKind.RAMAN, "r", FREQ, INTENSITY, o.withGrid(0, 4000, 1))));
    }

    @Test
    void csvReaderAcceptsSemicolonsSpacesAndComments(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("exp.txt");
        Files.writeString(f, "# measured\nwavenumber absorbance\n400 0.1\n500\t0.25\n600;0.5\n");
        ReferenceSpectrum r = SpectrumCsv.read(f);
        assertArrayEquals(new double[] {400, 500, 600}, r.xCm1());
        assertArrayEquals(new double[] {0.1, 0.25, 0.5}, r.y());
        Files.writeString(f, "x,y\n400,0.1\n500,abc\n");
        Exception e = assertThrows(java.io.IOException.class, () -> SpectrumCsv.read(f));
        assertTrue(e.getMessage().contains(":3:"), e.getMessage());
    }
}

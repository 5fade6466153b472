package dev.curvature.io.jcamp;

import dev.curvature.registry.ChargeMethods;
import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.spectrum.BroadeningOptions;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.spectrum.Spectrum;
import dev.curvature.spectrum.SpectrumKind;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.structure.MassModel;
import dev.curvature.testing.vib.VibTestMolecules;
import dev.curvature.vibration.NormalModes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JcampDxTest {
    static VibrationalIntensities water() {
        var c = VibTestMolecules.water();
        NormalModes m = NormalModes.of(c.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, c.model());
        return VibrationalIntensities.compute(m, ChargeMethods.model("qeq"), true);
    }

    @Test
    void writeThenReadBackXandY(@TempDir Path dir) throws Exception {
        VibrationalIntensities v = water();
        Spectrum s = Spectrum.infrared(v, BroadeningOptions.defaults().withGrid(400, 4000, 0.5));
        Path f = dir.resolve("water-ir.jdx");
        JcampDxWriter.write(f, s, v.modes());
        for (String line : Files.readAllLines(f))
            if (!line.startsWith("<PeakData")) assertTrue(line.length() <= 80, "line over 80 characters: " + line);
        ReferenceSpectrum back = JcampDxReader.read(f);
        assertEquals(s.title().replace("é", "e"), back.title(), "titles are folded to ASCII");
        assertEquals("KM/MOL PER CM-1", back.yUnits());
        double[] x = s.gridCm1(), y = s.curve(), xb = back.xCm1(), yb = back.y();
        assertEquals(x.length, xb.length);
        double top = s.maxCurve();
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], xb[i], 1e-9);
            assertEquals(y[i], yb[i], 1e-8 * top);
        }
        // without modes: a plain spectrum
        String plain = JcampDxWriter.format(s, null);
        assertFalse(plain.contains("##$MODELS"));
        assertEquals(x.length, JcampDxReader.parse(plain, "p").xCm1().length);
    }

    @Test
    void jdxMolBlocksLinkPeaksToModeFrames() {
        VibrationalIntensities v = water();
        String text = JcampDxWriter.format(Spectrum.raman(v, BroadeningOptions.defaults()), v.modes());
        assertTrue(text.contains("<ModelData id=\"mol\" type=\"MOL\">"));
        assertTrue(text.contains("<ModelData id=\"vib\" type=\"XYZVIB\" baseModel=\"mol\" vibrationScale=\"0.1\">"));
        assertTrue(text.contains("<Peaks type=\"RAMAN\""));
        for (int k = 1; k <= 3; k++) assertTrue(text.contains("model=\"vib." + k + "\""), "peak of mode " + k);
        assertTrue(text.contains("  3  2  0  0  0  0  0  0  0  0999 V2000"));
        assertTrue(text.indexOf("##$PEAKS=") < text.indexOf("##XYDATA="));
    }

    @Test
    void readsCompressedAsdfAndXyPoints() {
        // X=100: A0 = 10 (SQZ), J = +1 (DIF) → 11, T = DUP 2 → 12, U = DUP 3 → 13, 14, % → 14, Q = +8 → 22.
        // The line ended in DIF, so the next line starts at the abscissa of that last value (106) with
        // the Y check B2 = 22, which is not a new point; then J → 23 at 107. YFACTOR halves everything.
        String jdx = String.join("\n", "##TITLE=asdf test", "##JCAMP-DX=4.24", "##XUNITS=1/CM", "##YUNITS=ABSORBANCE",
                "##XFACTOR=1", "##YFACTOR=0.5", "##FIRSTX=100", "##LASTX=107", "##NPOINTS=8", "##XYDATA=(X++(Y..Y))",
                "100A0JTU%Q", "106B2J", "##END=");
        ReferenceSpectrum r = JcampDxReader.parse(jdx, "t");
        assertArrayEquals(new double[] {100, 101, 102, 103, 104, 105, 106, 107}, r.xCm1(), 1e-12);
        assertArrayEquals(new double[] {5, 5.5, 6, 6.5, 7, 7, 11, 11.5}, r.y(), 1e-12);
        assertEquals("ABSORBANCE", r.yUnits());
        String points = String.join("\n", "##TITLE=pts", "##XUNITS=1/CM", "##YUNITS=TRANSMITTANCE", "##XYPOINTS=(XY..XY)",
                "500, 0.9; 600, 0.5", "700,0.8", "##END=");
        ReferenceSpectrum p = JcampDxReader.parse(points, "p");
        assertArrayEquals(new double[] {500, 600, 700}, p.xCm1());
        assertArrayEquals(new double[] {0.9, 0.5, 0.8}, p.y());
        assertThrows(IllegalArgumentException.class,
                () -> JcampDxReader.parse("##TITLE=x\n##XUNITS=NANOMETERS\n##XYPOINTS=(XY..XY)\n1 2\n", "nm"));
        assertThrows(IllegalArgumentException.class, () -> JcampDxReader.parse("##TITLE=x\n##END=\n", "empty"));
    }
}

package dev.curvature.io.jcamp;

import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.spectrum.BroadeningOptions;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.spectrum.VibrationalIntensities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrumFilesTest {
    @Test
    void formatFollowsTheExtension(@TempDir Path dir) throws Exception {
        VibrationalIntensities v = JcampDxTest.water();
        BroadeningOptions o = BroadeningOptions.defaults();
        List<Path> jdx = SpectrumFiles.write(dir.resolve("w.jdx"), v, o, null);
        assertEquals(List.of(dir.resolve("w.jdx"), dir.resolve("w-raman.jdx")), jdx);
        assertTrue(Files.readString(jdx.get(1)).contains("<Peaks type=\"RAMAN\""));
        assertEquals(4001, JcampDxReader.read(jdx.get(0)).xCm1().length);
        Path csv = SpectrumFiles.write(dir.resolve("w.csv"), v, o, null).get(0);
        assertTrue(Files.readAllLines(csv).get(0).endsWith("RAMAN (A^4/amu per cm-1)"));
        ReferenceSpectrum exp = new ReferenceSpectrum("exp", "ABSORBANCE", new double[] {1500, 1600}, new double[] {0.1, 0.9});
        Path png = SpectrumFiles.write(dir.resolve("w.png"), v, o, exp).get(0);
        assertTrue(Files.size(png) > 1000);
        assertThrows(java.io.IOException.class, () -> SpectrumFiles.write(dir.resolve("w.txt"), v, o, null));
    }
}

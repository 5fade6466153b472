package dev.curvature.io.jcamp;

import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.spectrum.BroadeningOptions;
import dev.curvature.spectrum.Spectrum;
import dev.curvature.spectrum.VibrationalIntensities;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jmol.adapter.smarter.SmarterJmolAdapter;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jmol (headless viewer, 14.31.10) loads our JDX-MOL file: the molecule plus one frame per linked mode. */
class JcampJmolLoadTest {
    @Test
    void jmolLoadsTheBaseModelAndOneFramePerMode(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        VibrationalIntensities v = JcampDxTest.water();
        Path file = dir.resolve("water-ir.jdx");
        JcampDxWriter.write(file, Spectrum.infrared(v, BroadeningOptions.defaults()), v.modes());
        Map<String, Object> options = new HashMap<>();
        options.put("adapter", new SmarterJmolAdapter());
        options.put("noDisplay", Boolean.TRUE);
        Viewer vwr = new Viewer(options);
        try {
            String status = vwr.scriptWait("load \"" + file.toAbsolutePath().toString().replace('\\', '/') + "\"");
            assertFalse(status.toLowerCase().contains("error"), status);
            int models = vwr.ms.mc;
            assertEquals(1 + v.modes().modeCount(), models, "base model + 3 mode frames: " + status);
            assertEquals(3, vwr.ms.ac / models, "3 atoms per model");
            for (int k = 1; k < models; k++) {
                Object select = vwr.ms.getInfo(k, "jdxModelSelect");
                assertNotNull(select, "frame " + k + " is linked to a peak");
                assertTrue(select.toString().contains("model=\"vib." + k + "\""), select.toString());
                assertEquals("vib." + k, vwr.ms.getInfo(k, "modelID"));
                // the frame carries the mode's vibration vectors
                assertNotNull(vwr.ms.getVibration(vwr.ms.am[k].firstAtomIndex, false), "frame " + k + " has vectors");
            }
            assertEquals("jcampdx", String.valueOf(vwr.evaluateExpression("_modelType")));
            assertEquals("mol", vwr.ms.getInfo(0, "modelID"));
        } finally {
            vwr.dispose();
        }
    }
}

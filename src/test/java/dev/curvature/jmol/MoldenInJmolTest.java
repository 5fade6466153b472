package dev.curvature.jmol;

import dev.curvature.registry.EnergyModels;
import dev.curvature.io.molden.MoldenNormalModeWriter;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;
import dev.curvature.workflow.FrequencyAnalysis;
import org.jmol.adapter.smarter.SmarterJmolAdapter;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 3: a Molden file written by `freq` loads into Jmol's headless viewer with its vibrations. */
class MoldenInJmolTest {

    @Test
    void jmolReadsEveryModeWithItsFrequencyAndVectors(@TempDir Path dir) throws Exception {
        Structure water;
        try (dev.curvature.io.StructureReader r = dev.curvature.io.StructureReader.open(Path.of("examples/water.sdf"),
                dev.curvature.io.ReadOptions.DEFAULT)) {
            water = r.next().structure();
        }
        FrequencyAnalysis.Result res = FrequencyAnalysis.run(EnergyModels.registry().bind("mmff94", water).potential(),
                water, FrequencyAnalysis.Options.defaults(), null);
        NormalModes modes = res.modes();
        Path file = dir.resolve("water.molden");
        MoldenNormalModeWriter.write(modes, file);

        System.setProperty("java.awt.headless", "true");
        Map<String, Object> info = new HashMap<>();
        info.put("adapter", new SmarterJmolAdapter());
        info.put("noDisplay", Boolean.TRUE);
        Viewer vwr = new Viewer(info);
        String status = vwr.scriptWait("load \"" + file.toAbsolutePath() + "\"");
        assertFalse(status.contains("ERROR"), status);
        // Jmol's Molden reader makes one model per mode (after the base geometry when present)
        int models = vwr.ms.mc;
        assertTrue(models >= modes.modeCount(), "models: " + models);
        int withVibrations = 0;
        for (int m = 0; m < models; m++) if (vwr.modelHasVibrationVectors(m)) withVibrations++;
        assertEquals(modes.modeCount(), withVibrations);
        // the frequencies Jmol read are ours
        for (int k = 0; k < modes.modeCount(); k++) {
            int m = models - modes.modeCount() + k;
            Object freq = frequencyOf(vwr, m);
            assertNotNull(freq, "model " + (m + 1) + " has no FreqValue");
            assertEquals(modes.frequencyCm1(k), Double.parseDouble(freq.toString()), 0.01);
        }
    }

    /** Jmol keeps the reader's per-model properties (FreqValue among them) in "modelProperties". */
    private static Object frequencyOf(Viewer vwr, int model) {
        Map<String, Object> aux = vwr.ms.getModelAuxiliaryInfo(model);
        Object direct = aux.get("FreqValue");
        if (direct != null) return direct;
        Object props = aux.get("modelProperties");
        if (props instanceof java.util.Map<?, ?> p && p.get("FreqValue") != null) return p.get("FreqValue");
        throw new AssertionError("model " + (model + 1) + ": no FreqValue among " + aux.keySet() + " / " + props);
    }
}

package dev.curvature.jmol;

import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.model.ModelRegistry;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin's warning dialog carries what the model reported while computing: GFN2-xTB's SCC
 * fallback on H, C and N 10-30 Å apart (where xtb 6.5.1 stops) reached only standard error before,
 * which an editor user never sees; a well-behaved molecule adds nothing.
 */
class ModelNoticeWarningTest {

    private static Structure read(Path file) throws Exception {
        try (StructureReader r = StructureReader.open(file, ReadOptions.DEFAULT)) {
            Record rec = r.next();
            assertTrue(rec.isOk());
            return rec.structure();
        }
    }

    @Test
    void sccFallbackReachesTheWarningsAndAQuietMoleculeAddsNone(@TempDir Path dir) throws Exception {
        Path scattered = dir.resolve("scattered.xyz");
        Files.writeString(scattered, "3\nscattered\nH -2.312 -0.117 9.352\nC 2.193 0.996 -20.794\nN 0.749 -1.385 -12.797\n");
        Structure s = read(scattered);
        ModelRegistry.Binding b = EnergyModels.registry().bind("gfn2", s);
        assertTrue(FrequencyJob.warnings(b, s).isEmpty(), "nothing computed yet");
        b.potential().evaluate(s.positions(), null, null);
        List<String> w = FrequencyJob.warnings(b, s);
        assertEquals(1, w.stream().filter(l -> l.startsWith("GFN2-xTB:") && l.contains("retrying with damped mixing")).count(), w.toString());

        Structure water = read(Path.of("examples/water.sdf"));
        ModelRegistry.Binding bw = EnergyModels.registry().bind("gfn2", water);
        bw.potential().evaluate(water.positions(), new double[3 * water.atomCount()], null);
        assertTrue(FrequencyJob.warnings(bw, water).isEmpty(), FrequencyJob.warnings(bw, water).toString());
    }
}

package dev.curvature.jmol;

import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.model.ModelRegistry;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.FrequencyAnalysis;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The plugin's frequency job takes IR intensities from a model's own dipole (GFN2-xTB), else from QEq. */
class FrequencyJobIntensityTest {
    private static final ActionRunner.Progress QUIET = new ActionRunner.Progress() {
        @Override public boolean cancelled() { return false; }
        @Override public void status(String text) {}
        @Override public void progress(String text, double fraction) {}
    };

    private static FrequencyJob.Outcome run(String model) throws Exception {
        Structure s;
        try (StructureReader r = StructureReader.open(Path.of("examples/water.sdf"), ReadOptions.DEFAULT)) {
            s = r.next().structure();
        }
        ModelRegistry.Binding b = EnergyModels.registry().bind(model, s);
        return FrequencyJob.run(b, s, FrequencyAnalysis.Options.defaults(), CurvatureActions.INTENSITY_MODEL, QUIET);
    }

    @Test
    void gfn2UsesItsOwnDipoleAndMmffUsesQeq() throws Exception {
        FrequencyJob.Outcome gfn2 = run("gfn2");
        assertEquals("GFN2-xTB", gfn2.intensities().infrared().chargeModelName());
        assertNull(gfn2.intensities().raman(), "no Raman from finite fields in the editor");
        double[] ir = gfn2.intensities().infrared().intensitiesKmPerMol();
        // xtb 6.5.1 --ohess: bend 133.5 km/mol (our own optimized geometry here, so loosely)
        assertEquals(133.5, ir[0], 3.0);
        FrequencyJob.Outcome mmff = run("mmff94");
        assertTrue(mmff.intensities().infrared().chargeModelName().startsWith("QEq"), mmff.intensities().infrared().chargeModelName());
        assertNotNull(mmff.intensities().raman());
    }
}

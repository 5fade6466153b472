package dev.curvature.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import dev.curvature.registry.EnergyModels;
import dev.curvature.testing.LearnedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A learned potential for a molecule, end to end: rattled water geometries labelled by Curvature's
 * MMFF94 (kcal/mol, written with units=kcal/mol so the reader converts them to eV), train, then
 * {@code freq --model ml:water.json}; MMFF94 is two- and three-body for water (stretch, bend,
 * stretch-bend), which a body-order-3 basis can represent, so the learned frequencies must be
 * MMFF's within a few per cent.
 */
class MlMoleculeFreqTest {
    private static CliHarness.Run run(String... args) { return CliHarness.run(EnergyModels.registry(), args); }

    @Test void freqWithALearnedWaterModelReproducesTheLabellingModel(@TempDir Path dir) throws Exception {
        Path data = LearnedModels.waterData(dir), model = dir.resolve("water.json");
        CliHarness.Run t = run("train", data.toString(), "-o", model.toString(), "--cutoff", "3.0", "--basis", "6", "--lmax", "3");
        assertEquals(0, t.exitCode(), t.err());
        double[] learned = frequencies(run("freq", "examples/water.sdf", "--model", "ml:" + model, "--json"));
        double[] reference = frequencies(run("freq", "examples/water.sdf", "--model", "mmff94", "--json"));
        // the text report names the model's energy unit (a learned potential works in eV)
        CliHarness.Run text = run("freq", "examples/water.sdf", "--model", "ml:" + model);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().lines().anyMatch(l -> l.strip().startsWith("energy") && l.strip().endsWith(" eV")), text.out());
        assertFalse(text.out().contains("kcal/mol/Å"), "optimizer residuals in eV/Å: " + text.out());
        assertEquals(3, learned.length);
        for (int m = 0; m < 3; m++)
            assertEquals(reference[m], learned[m], 0.03 * reference[m], "mode " + (m + 1) + ": learned " + learned[m] + " vs MMFF94 " + reference[m] + " cm-1");
    }

    private static double[] frequencies(CliHarness.Run r) {
        assertEquals(0, r.exitCode(), r.err());
        JsonArray a = JsonParser.parseString(r.outLines().get(0)).getAsJsonObject().getAsJsonArray("frequencies");
        double[] f = new double[a.size()];
        for (int k = 0; k < f.length; k++) f[k] = a.get(k).getAsDouble();
        return f;
    }
}

package dev.curvature.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

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
        Structure water;
        try (StructureReader r = StructureReader.open(Path.of("examples/water.sdf"), ReadOptions.DEFAULT)) {
            water = r.next().structure();
        }
        Potential mmff = EnergyModels.registry().bind("mmff94", water).potential();
        Random rnd = new Random(3);
        StringBuilder sb = new StringBuilder();
        double[] x0 = water.positions();
        for (int k = 0; k < 40; k++) {
            double[] x = x0.clone();
            for (int a = 0; a < x.length; a++) x[a] += 0.04 * rnd.nextGaussian();
            Results res = Results.request(3, Property.GRADIENT);
            mmff.compute(Configuration.molecule(x), res, null);
            sb.append("3\n").append(String.format(Locale.ROOT, "Properties=species:S:1:pos:R:3:forces:R:3 units=kcal/mol energy=%.10f pbc=\"F F F\" config_type=rattled%n", res.energy()));
            for (int i = 0; i < 3; i++)
                sb.append(String.format(Locale.ROOT, "%s %.8f %.8f %.8f %.8f %.8f %.8f%n", water.element(i).symbol(), x[3 * i], x[3 * i + 1], x[3 * i + 2],
                        -res.gradient()[3 * i], -res.gradient()[3 * i + 1], -res.gradient()[3 * i + 2]));
        }
        Path data = dir.resolve("water.extxyz"), model = dir.resolve("water.json");
        Files.writeString(data, sb);
        CliHarness.Run t = run("train", data.toString(), "-o", model.toString(), "--cutoff", "3.0", "--basis", "6", "--lmax", "3");
        assertEquals(0, t.exitCode(), t.err());
        double[] learned = frequencies(run("freq", "examples/water.sdf", "--model", "ml:" + model, "--json"));
        double[] reference = frequencies(run("freq", "examples/water.sdf", "--model", "mmff94", "--json"));
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

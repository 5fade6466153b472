package dev.curvature.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.ml.data.SiliconDataSet;
import dev.curvature.registry.EnergyModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * train → evaluate → the model as --model ml:MODEL.json in energy and elastic, on small SW-silicon
 * data; refusals are one line with exit 1 (bad data, foreign elements) or 2 (bad usage).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MlCommandsTest {
    Path dir, data, model, si, carbon;

    @BeforeAll void data() throws Exception {
        dir = Files.createTempDirectory("curvature-ml-cli");
        dir.toFile().deleteOnExit();
        data = dir.resolve("train.extxyz");
        LabelledFrames.write(data, new SiliconDataSet(3).strainedCells(12));
        model = dir.resolve("si.json");
        String cell = "8\nLattice=\"5.431 0 0 0 5.431 0 0 0 5.431\" Properties=species:S:1:pos:R:3 pbc=\"T T T\"\n";
        double[][] s = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}, {.25, .25, .25}, {.25, .75, .75}, {.75, .25, .75}, {.75, .75, .25}};
        StringBuilder sb = new StringBuilder(cell), sc = new StringBuilder(cell.replace("5.431", "3.567"));
        for (double[] f : s) {
            sb.append(String.format(java.util.Locale.ROOT, "Si %.5f %.5f %.5f%n", 5.431 * f[0], 5.431 * f[1], 5.431 * f[2]));
            sc.append(String.format(java.util.Locale.ROOT, "C %.5f %.5f %.5f%n", 3.567 * f[0], 3.567 * f[1], 3.567 * f[2]));
        }
        si = dir.resolve("si.extxyz");
        Files.writeString(si, sb);
        carbon = dir.resolve("c.extxyz");
        Files.writeString(carbon, sc);
    }

    private static CliHarness.Run run(String... args) { return CliHarness.run(EnergyModels.registry(), args); }

    @Test void trainedModelIsUsableByEveryCrystalCommand() throws Exception {
        CliHarness.Run t = run("train", data.toString(), "-o", model.toString(), "--cutoff", "3.8", "--basis", "6", "--lmax", "2");
        assertEquals(0, t.exitCode(), t.err());
        assertTrue(t.err().contains("12 with energy, 12 with forces, 12 with stress"), t.err());
        JsonObject m = JsonParser.parseString(Files.readString(model)).getAsJsonObject();
        assertEquals("curvature-ml-potential", m.get("format").getAsString());
        assertEquals(64, m.getAsJsonObject("training").get("data_sha256").getAsString().length());
        assertTrue(m.getAsJsonObject("training").get("condition_number").getAsDouble() > 1);

        CliHarness.Run e = run("evaluate", model.toString(), data.toString(), "--json");
        assertEquals(0, e.exitCode(), e.err());
        JsonObject o = JsonParser.parseString(e.out()).getAsJsonObject();
        double forceRmse = o.getAsJsonObject("overall").getAsJsonObject("forces").get("rmse").getAsDouble();
        assertTrue(forceRmse < 50, "training force RMSE " + forceRmse + " meV/Å");

        // the learned energy of perfect diamond Si is SW's (-4.3366 eV/atom, LAMMPS Si.sw) within a few meV/atom
        CliHarness.Run en = run("energy", si.toString(), "--model", "ml:" + model, "--json");
        assertEquals(0, en.exitCode(), en.err());
        double perAtom = JsonParser.parseString(en.out()).getAsJsonObject().get("energy_per_atom").getAsDouble();
        assertEquals(-4.3366, perAtom, 0.01);

        CliHarness.Run el = run("elastic", si.toString(), "--model", "ml:" + model, "--json");
        assertEquals(0, el.exitCode(), el.err());

        CliHarness.Run foreign = run("energy", carbon.toString(), "--model", "ml:" + model);
        assertEquals(1, foreign.exitCode());
        assertTrue(foreign.err().contains("trained on Si only") && foreign.err().strip().lines().count() == 1, foreign.err());
    }

    @Test void crossValidationIsReproducibleAndRecordedAndQuadraticModelsWork() throws Exception {
        Path cvModel = dir.resolve("cv.json");
        String[] args = {"train", data.toString(), "-o", cvModel.toString(), "--cutoff", "3.8", "--basis", "4", "--lmax", "1",
                "--cv", "3", "--cv-ridge", "1e-10,1e-3", "--cv-force-weight", "0,1"};
        CliHarness.Run a = run(args);
        assertEquals(0, a.exitCode(), a.err());
        JsonObject cv = JsonParser.parseString(Files.readString(cvModel)).getAsJsonObject().getAsJsonObject("training").getAsJsonObject("cross_validation");
        assertEquals(4, cv.getAsJsonArray("candidates").size(), "2 ridges x 2 force weights");
        // forces help on these held-out folds, and a ridge of 1e-3 of the largest squared singular value is too much
        assertEquals(1.0, cv.getAsJsonObject("chosen").get("force_weight").getAsDouble());
        assertEquals(1e-10, cv.getAsJsonObject("chosen").get("ridge_relative").getAsDouble());
        CliHarness.Run b = run(args);
        JsonObject cv2 = JsonParser.parseString(Files.readString(cvModel)).getAsJsonObject().getAsJsonObject("training").getAsJsonObject("cross_validation");
        assertEquals(cv.toString(), cv2.toString(), "fixed seed: the same folds and scores");
        assertEquals(2, run("train", data.toString(), "-o", cvModel.toString(), "--cv-ridge", "1e-8").exitCode(), "--cv-* without --cv is bad usage");

        Path quad = dir.resolve("quad.json");
        CliHarness.Run q = run("train", data.toString(), "-o", quad.toString(), "--cutoff", "3.8", "--basis", "4", "--lmax", "1", "--quadratic");
        assertEquals(0, q.exitCode(), q.err());
        assertEquals("quadratic", JsonParser.parseString(Files.readString(quad)).getAsJsonObject().get("form").getAsString());
        CliHarness.Run el = run("elastic", si.toString(), "--model", "ml:" + quad, "--json");
        assertEquals(0, el.exitCode(), el.err());
    }

    @Test void badInputAndUsage() throws Exception {
        Path bad = dir.resolve("bad.extxyz");
        Files.writeString(bad, "1\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=species:S:1:pos:R energy=1\nSi 0 0 0\n");
        CliHarness.Run r = run("train", bad.toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("frame 1") && r.err().strip().lines().count() == 1, r.err());
        assertFalse(Files.exists(dir.resolve("x.json")));
        r = run("train", data.toString(), "-o", dir.resolve("x.txt").toString());
        assertEquals(2, r.exitCode());
        r = run("train", data.toString(), "-o", dir.resolve("y.json").toString(), "--energy-weight", "0", "--force-weight", "0", "--stress-weight", "0");
        assertEquals(2, r.exitCode());
        r = run("elastic", si.toString());
        assertEquals(2, r.exitCode(), r.err());
    }

    @Test void badDataIsOneLineWithFrameNumberAndNothingIsWritten() throws Exception {
        String good = Files.readString(data);
        String cell = "Lattice=\"3 0 0 0 3 0 0 0 3\" pbc=\"T T T\" ";
        // frame 13 announces two atoms but has one atom line before the next frame starts
        Path count = dir.resolve("count.extxyz");
        Files.writeString(count, good + "2\n" + cell + "Properties=species:S:1:pos:R:3 energy=-4\nSi 0 0 0\n"
                + "1\n" + cell + "Properties=species:S:1:pos:R:3 energy=-4\nSi 0 0 0\n");
        // frame 13 declares its energies in kcal/mol, frames 1-12 are in eV
        Path mixed = dir.resolve("mixed.extxyz");
        Files.writeString(mixed, good + "1\n" + cell + "Properties=species:S:1:pos:R:3 units=kcal/mol energy=-90\nSi 0 0 0\n");
        Path carbonData = dir.resolve("carbon-data.extxyz");
        Files.writeString(carbonData, Files.readString(carbon).replace("pbc=", "energy=-60 pbc="));
        Path out = dir.resolve("never.json");
        for (Path bad : new Path[] {count, mixed}) {
            String before = Files.readString(bad);
            CliHarness.Run r = run("train", bad.toString(), "-o", out.toString());
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains("frame 13") && r.err().strip().lines().count() == 1, r.err());
            assertFalse(Files.exists(out), "no model file after a refused training");
            assertEquals(before, Files.readString(bad), "the input is untouched");
            r = run("evaluate", model.toString(), bad.toString());
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains("frame 13") && r.err().strip().lines().count() == 1, r.err());
        }
        if (!Files.exists(model)) run("train", data.toString(), "-o", model.toString(), "--cutoff", "3.8", "--basis", "4", "--lmax", "1");
        // a model for other elements: evaluate names the frame and the element
        CliHarness.Run r = run("evaluate", model.toString(), carbonData.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("frame 1") && r.err().contains("C") && r.err().strip().lines().count() == 1, r.err());
    }
}

package dev.curvature.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.ml.data.SiliconDataSet;
import dev.curvature.registry.EnergyModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * learning-curve (table, JSON, --plot as PNG and SVG) and evaluate's parity plots on small
 * SW-silicon data: the curves hold what the JSON says, plots are written whole or not at all, and
 * a plot named like an input, with an unknown extension or in a missing directory is bad usage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MlPlotsTest {
    Path dir, train, test, model, si, pot;

    @BeforeAll void data() throws Exception {
        dir = Files.createTempDirectory("curvature-ml-plots");
        dir.toFile().deleteOnExit();
        train = dir.resolve("train.extxyz");
        test = dir.resolve("test.extxyz");
        LabelledFrames.write(train, new SiliconDataSet(3).strainedCells(12));
        LabelledFrames.write(test, new SiliconDataSet(4).strainedCells(4));
        model = dir.resolve("si.json");
        assertEquals(0, run("train", train.toString(), "-o", model.toString(), "--cutoff", "3.8", "--basis", "4", "--lmax", "1").exitCode());
        si = Path.of("examples/crystals/si-diamond.cif").toAbsolutePath();
        pot = dir.resolve("si.pot");
        Files.writeString(dir.resolve("Si.sw"), dev.curvature.testing.Crystals.SI_SW);
        Files.writeString(pot, "pair_style sw\npair_coeff * * " + dir.resolve("Si.sw") + " Si\n");
    }

    private static CliHarness.Run run(String... args) { return CliHarness.run(EnergyModels.registry(), args); }

    private String[] curve(String... extra) {
        String[] base = {"learning-curve", train.toString(), "--test", test.toString(), "--sizes", "4,12", "--cutoff", "3.8", "--basis", "4", "--lmax", "1"};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test void learningCurvePlotsTheErrorsAndTheElasticConstants() throws Exception {
        Path png = dir.resolve("curves.png"), svg = dir.resolve("curves.svg");
        CliHarness.Run r = run(curve("--json", "--plot", png.toString(), "--crystal", si.toString(), "--reference-potential", pot.toString()));
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray points = o.getAsJsonArray("points");
        assertEquals(6, points.size(), "2 sizes x E, EF, EFS");
        JsonArray ref = o.getAsJsonArray("reference_c11_c12_c44_gpa");
        assertEquals(151.4, ref.get(0).getAsDouble(), 0.5, "SW's relaxed-ion C11 (Cowley 1988)");
        // at equal configurations, forces lower the held-out force error (energies alone cannot pin the slope)
        for (int k = 0; k < 6; k += 3) {
            double e = points.get(k).getAsJsonObject().get("test_force_rmse_mev_per_angstrom").getAsDouble();
            double ef = points.get(k + 1).getAsJsonObject().get("test_force_rmse_mev_per_angstrom").getAsDouble();
            assertTrue(ef < e, "E+F " + ef + " vs E " + e + " meV/Å");
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a readable PNG");
        assertEquals(1040, image.getWidth(), "two panels per row");
        assertEquals(1200, image.getHeight(), "errors (3) and C11, C12, C44 (3): three rows");

        r = run(curve("--plot", svg.toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("EFS"), r.out());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("viewBox=\"0 0 1040 800\""), "an SVG of the three error panels (no crystal: no C_ij panels)");
    }

    @Test void learningCurvePlotRefusals() throws Exception {
        // a test set that happens to be named .svg, then named as the plot
        Path held = dir.resolve("held.svg");
        Files.copy(test, held, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String before = Files.readString(held);
        String[][] cases = {{held.toString(), "refusing to overwrite the input"}, {dir.resolve("curves.jpg").toString(), ".png or .svg"},
                {dir.resolve("nowhere/curves.png").toString(), "does not exist"}};
        for (String[] c : cases) {
            CliHarness.Run r = run("learning-curve", train.toString(), "--test", held.toString(), "--sizes", "4", "--plot", c[0]);
            assertEquals(2, r.exitCode(), c[0] + ": " + r.err());
            assertTrue(r.err().lines().findFirst().orElse("").contains(c[1]), r.err());
        }
        assertEquals(before, Files.readString(held), "the input is untouched");
        // bad data: exit 1, no plot file
        Path broken = dir.resolve("broken.extxyz"), out = dir.resolve("never.png");
        Files.writeString(broken, "1\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=species:S:1:pos:R energy=1\nSi 0 0 0\n");
        CliHarness.Run r = run("learning-curve", train.toString(), "--test", broken.toString(), "--plot", out.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("frame 1") && r.err().strip().lines().count() == 1, r.err());
        assertFalse(Files.exists(out));
    }

    @Test void evaluateWritesParityPlotsAsPngOrSvg() throws Exception {
        String prefix = dir.resolve("parity").toString();
        CliHarness.Run r = run("evaluate", model.toString(), test.toString(), "--plot", prefix);
        assertEquals(0, r.exitCode(), r.err());
        for (String p : new String[] {"energy", "forces", "stress"}) {
            BufferedImage image = ImageIO.read(Path.of(prefix + "-" + p + ".png").toFile());
            assertNotNull(image, p);
            assertEquals(600, image.getWidth());
        }
        r = run("evaluate", model.toString(), test.toString(), "--plot", prefix, "--svg");
        assertEquals(0, r.exitCode(), r.err());
        String forces = Files.readString(Path.of(prefix + "-forces.svg"));
        assertTrue(forces.contains("<svg") && forces.contains("viewBox=\"0 0 600 600\""), "an SVG parity plot");
        r = run("evaluate", model.toString(), test.toString(), "--plot", dir.resolve("nowhere/p").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("does not exist"), r.err());
    }
}

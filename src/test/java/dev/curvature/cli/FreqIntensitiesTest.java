package dev.curvature.cli;

import dev.curvature.registry.ChargeMethods;
import dev.curvature.registry.EnergyModels;
import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.io.jcamp.JcampDxReader;
import dev.curvature.model.Potential;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.vibration.NormalModes;
import dev.curvature.forcefield.mmff.MmffForceField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** curvature freq with IR intensities (default), --raman, --spectrum and --plot. */
class FreqIntensitiesTest {
    private static CliHarness.Run run(String... args) {
        return CliHarness.run(EnergyModels.registry(), args);
    }

    private static double[] doubles(JsonArray a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) d[i] = a.get(i).isJsonNull() ? Double.NaN : a.get(i).getAsDouble();
        return d;
    }

    @Test
    void jsonIntensitiesMatchTheLibraryOnTheSameModes(@TempDir Path dir) throws Exception {
        Path jdx = dir.resolve("w.jdx"), png = dir.resolve("w.png");
        CliHarness.Run r = run("freq", "examples/water.sdf", "--json", "--raman", "--intensity-model", "eem",
                "--spectrum", jdx.toString(), "--plot", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = JsonParser.parseString(r.outLines().get(0)).getAsJsonObject();
        double[] ir = doubles(o.getAsJsonArray("ir_intensities")), raman = doubles(o.getAsJsonArray("raman_activities"));
        double[] rho = doubles(o.getAsJsonArray("depolarization_ratios"));
        assertEquals(3, ir.length);
        assertEquals(3, raman.length);
        assertEquals(3, rho.length);
        // the same numbers from the library at the reported (optimized) positions
        JsonArray pos = o.getAsJsonArray("positions");
        double[] x = new double[9];
        for (int a = 0; a < 3; a++) for (int c = 0; c < 3; c++) x[3 * a + c] = pos.get(a).getAsJsonArray().get(c).getAsDouble();
        Structure s = Structure.of("water", new Element[] {Element.of("O"), Element.of("H"), Element.of("H")}, x, new int[3],
                List.of(new Bond(0, 1, 1), new Bond(0, 2, 1)));
        Potential p = new MmffForceField().bind(s);
        VibrationalIntensities v = VibrationalIntensities.compute(NormalModes.of(s, MassModel.STANDARD_ATOMIC_WEIGHT, p),
                ChargeMethods.model("eem"), true);
        assertArrayEquals(v.infrared().intensitiesKmPerMol(), ir, 1e-6 * 100);
        assertArrayEquals(v.raman().activitiesA4PerAmu(), raman, 1e-6 * 10);
        assertTrue(Files.readString(jdx).contains("model=\"vib.1\""));
        assertTrue(Files.exists(dir.resolve("w-raman.jdx")));
        assertEquals(4001, JcampDxReader.read(jdx).xCm1().length);
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void defaultTextReportsIrOnlyAndBadOptionsAreUsageErrors(@TempDir Path dir) {
        CliHarness.Run r = run("freq", "examples/co2.sdf");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("intensities (QEq") && r.out().contains("IR/km·mol⁻¹") && !r.out().contains("Raman/"), r.out());
        assertEquals(Main.USAGE, run("freq", "examples/water.sdf", "--raman", "--intensity-model", "fixed-mmff94").exitCode());
        assertEquals(Main.USAGE, run("freq", "examples/water.sdf", "--intensity-model", "gasteiger").exitCode());
        assertEquals(Main.USAGE, run("freq", "examples/water.sdf", "--spectrum", dir.resolve("w.txt").toString()).exitCode());
        assertEquals(Main.USAGE, run("freq", "examples/water.sdf", "--lineshape", "voigt").exitCode());
        CliHarness.Run fixed = run("freq", "examples/water.sdf", "--json", "--intensity-model", "fixed-mmff94");
        assertEquals(0, fixed.exitCode(), fixed.err());
        JsonObject o = JsonParser.parseString(fixed.outLines().get(0)).getAsJsonObject();
        assertTrue(o.get("intensity_model").getAsString().startsWith("MMFF94"));
        assertFalse(o.has("raman_activities"));
        List<Double> ir = new ArrayList<>();
        for (var e : o.getAsJsonArray("ir_intensities")) ir.add(e.getAsDouble());
        assertTrue(ir.stream().allMatch(v -> v > 1), "MMFF94 charges make all water modes IR-active: " + ir);
    }
}

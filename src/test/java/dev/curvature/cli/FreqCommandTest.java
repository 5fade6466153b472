package dev.curvature.cli;

import dev.curvature.registry.EnergyModels;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** `curvature freq` and `curvature optimize` end to end with the real force fields. */
class FreqCommandTest {

    private static CliHarness.Run run(String... args) {
        return CliHarness.run(EnergyModels.registry(), args);
    }

    @Test
    void freqJsonHasTheFieldsTheIssueAsksFor(@TempDir Path dir) throws Exception {
        Path molden = dir.resolve("water.molden");
        CliHarness.Run r = run("freq", "examples/water.sdf", "--json", "--molden", molden.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = JsonParser.parseString(r.outLines().get(0)).getAsJsonObject();
        for (String key : List.of("name", "atoms", "model", "energy", "stationary_point", "point_group", "frequencies",
                "reduced_masses", "force_constants", "modes", "zero_point_energy", "thermo"))
            assertTrue(o.has(key), "missing " + key + " in " + o.keySet());
        assertEquals("minimum", o.get("stationary_point").getAsString());
        assertEquals("C2v", o.get("point_group").getAsString());
        assertEquals(3, o.getAsJsonArray("frequencies").size());
        assertEquals(3, o.getAsJsonArray("modes").size());
        assertEquals(3, o.getAsJsonArray("modes").get(0).getAsJsonArray().size(), "one [dx,dy,dz] per atom");
        assertTrue(o.getAsJsonObject("thermo").get("entropy").getAsDouble() > 40);
        JsonObject sym = o.getAsJsonObject("mode_symmetry");
        assertTrue(sym.get("available").getAsBoolean(), sym.toString());
        assertEquals("[\"A1\",\"A1\",\"B2\"]", sym.getAsJsonArray("irreps").toString());
        assertEquals("[true,true,true]", sym.getAsJsonArray("ir_allowed").toString());
        assertEquals("2A1 + B2", sym.get("vibrational_representation").getAsString());
        String text = Files.readString(molden);
        assertTrue(text.contains("[FREQ]") && text.contains("[FR-NORM-COORD]"), text);
    }

    @Test
    void tsOnEclipsedEthaneReportsOneImaginaryFrequency() {
        CliHarness.Run r = run("freq", "examples/ethane_eclipsed.sdf", "--ts", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = JsonParser.parseString(r.outLines().get(0)).getAsJsonObject();
        assertEquals("transition-state", o.get("stationary_point").getAsString());
        assertTrue(o.getAsJsonArray("frequencies").get(0).getAsDouble() < -100);
        assertTrue(o.getAsJsonArray("frequencies").get(1).getAsDouble() > 100);
    }

    @Test
    void diatomicHasOneModeAndTextOutputListsIt() {
        CliHarness.Run r = run("freq", "[H]Cl");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1 vibrational modes (5 rigid-body modes removed exactly)"), r.out());
        assertTrue(r.out().contains("Cinfv"), r.out());
    }

    @Test
    void nonConvergedOptimizationIsReportedWithItsResidualAndExit1() {
        CliHarness.Run r = run("optimize", "examples/caffeine.sdf", "--max-iterations", "1", "--method", "lbfgs");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("did not converge") && r.err().contains("residual max force"), r.err());
    }

    @Test
    void optimizeWritesTheOptimizedStructureAndNeverOverAnInput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("opt.sdf");
        CliHarness.Run r = run("optimize", "examples/caffeine.sdf", "-o", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = JsonParser.parseString(r.outLines().get(0)).getAsJsonObject();
        assertTrue(o.get("energy").getAsDouble() < o.get("initial_energy").getAsDouble() + 1e-9);
        assertTrue(o.getAsJsonObject("optimization").get("converged").getAsBoolean());
        // the written file reads back to the optimized energy
        CliHarness.Run again = run("energy", out.toString(), "--json");
        double e = JsonParser.parseString(again.outLines().get(0)).getAsJsonObject().get("energy").getAsDouble();
        assertEquals(o.get("energy").getAsDouble(), e, 1e-3, "SDF keeps 4 decimals");

        Path input = dir.resolve("in.sdf");
        Files.copy(Path.of("examples/water.sdf"), input);
        byte[] before = Files.readAllBytes(input);
        CliHarness.Run refused = run("optimize", input.toString(), "-o", input.toString());
        assertEquals(2, refused.exitCode());
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void overlappingAtomsGiveAOneLineErrorNamingThem(@TempDir Path dir) throws Exception {
        Path xyz = dir.resolve("bad.xyz");
        Files.writeString(xyz, "3\nbad water\nO 0 0 0\nH 0 0 0.05\nH 0 0.76 -0.47\n");
        CliHarness.Run r = run("freq", xyz.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().lines().anyMatch(l -> l.contains("overlap") && l.contains("bad.xyz")), r.err());
    }
}

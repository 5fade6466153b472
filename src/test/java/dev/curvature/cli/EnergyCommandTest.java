package dev.curvature.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnergyCommandTest {
    private static final String CAFFEINE = "examples/caffeine.sdf";
    private static final String ETHANE = "examples/ethane_staggered.sdf";

    private static Structure readOne(String file) throws Exception {
        try (StructureReader r = StructureReader.open(Path.of(file), ReadOptions.DEFAULT)) {
            Record rec = r.next();
            assertTrue(rec.isOk());
            return rec.structure();
        }
    }

    @Test void jsonHasAllFieldsAndMatchesTheModel() throws Exception {
        CliHarness.Run run = CliHarness.run("energy", ETHANE, "--model", "strict", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.outLines().size());
        JsonObject o = JsonParser.parseString(run.outLines().get(0)).getAsJsonObject();
        for (String field : List.of("name", "atoms", "model", "energy", "terms", "atom_types", "gradient"))
            assertTrue(o.has(field), "missing " + field);
        assertEquals("ethane_staggered", o.get("name").getAsString());
        assertEquals(8, o.get("atoms").getAsInt());
        assertEquals("STRICT", o.get("model").getAsString());
        JsonObject terms = o.getAsJsonObject("terms");
        for (String t : EnergyCommand.STANDARD_TERMS) assertTrue(terms.has(t), "missing term " + t);

        Structure s = readOne(ETHANE);
        Potential p = new HarmonicBondModel("STRICT", Set.of(1, 6, 8)).bind(s);
        double[] g = new double[3 * s.atomCount()];
        double e = p.evaluate(s.positions(), g, null);
        assertTrue(e > 0.01, "test model gives a non-trivial energy");
        assertEquals(e, o.get("energy").getAsDouble(), 1e-12);
        assertEquals(e, terms.get("bond").getAsDouble(), 1e-12);
        assertEquals(0.0, terms.get("torsion").getAsDouble());
        JsonArray grad = o.getAsJsonArray("gradient");
        assertEquals(8, grad.size());
        for (int a = 0; a < 8; a++) {
            JsonArray row = grad.get(a).getAsJsonArray();
            assertEquals(3, row.size());
            for (int c = 0; c < 3; c++) assertEquals(g[3 * a + c], row.get(c).getAsDouble(), 1e-12);
        }
        JsonArray types = o.getAsJsonArray("atom_types");
        assertEquals("C4", types.get(0).getAsString());
        assertEquals("H1", types.get(7).getAsString());
    }

    /** GFN2-xTB lists its own terms; zeros under force-field names would read as computed values. */
    @Test void gfn2ListsItsOwnTermsAndTheySumToTheEnergy() {
        CliHarness.Run run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "energy", "examples/water.sdf", "--model", "gfn2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.outLines().get(0)).getAsJsonObject();
        JsonObject terms = o.getAsJsonObject("terms");
        for (String t : EnergyCommand.STANDARD_TERMS) assertFalse(terms.has(t), "force-field term " + t + " listed");
        for (String t : List.of("repulsion", "dispersion", "isotropic_es")) assertTrue(terms.has(t), "missing " + t);
        double sum = 0;
        for (String k : terms.keySet()) sum += terms.get(k).getAsDouble();
        assertEquals(o.get("energy").getAsDouble(), sum, 1e-6);
        assertEquals("kcal/mol", o.getAsJsonObject("units").get("terms").getAsString(), o.toString());

        CliHarness.Run text = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "energy", "examples/water.sdf", "--model", "gfn2");
        assertEquals(0, text.exitCode(), text.err());
        assertFalse(text.out().contains("    bond "), text.out());
        assertTrue(text.out().contains("terms (kcal/mol):"), text.out());
    }

    @Test void textOutputShowsEnergyTermsTypesAndGradient() {
        CliHarness.Run run = CliHarness.run("energy", ETHANE, "--model", "loose");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("model   LOOSE"));
        assertTrue(run.out().matches("(?s).*energy\\s+[0-9.]+ kcal/mol.*"), run.out());
        assertTrue(run.out().contains("stretch_bend"));
        assertTrue(run.out().matches("(?s).*\\n\\s+1 C\\s+C4\\s+-?[0-9.]+.*"), run.out());
        assertEquals("", run.err());
    }

    @Test void autoFallsBackAndSaysWhichModelItUsed() {
        CliHarness.Run run = CliHarness.run("energy", CAFFEINE);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("note: STRICT: no type for atom"), run.err());
        assertTrue(run.err().contains("using LOOSE"), run.err());
        CliHarness.Run ethanol = CliHarness.run("energy", "CCO", "--json");
        assertEquals(0, ethanol.exitCode(), ethanol.err());
        assertEquals("STRICT", JsonParser.parseString(ethanol.out()).getAsJsonObject().get("model").getAsString());
        assertFalse(ethanol.err().contains("note:"), "JSON mode reports the model in the output, not on stderr");
        assertTrue(ethanol.err().contains("SMILES: record 1 (CCO): warning: 3-D coordinates generated from SMILES"), ethanol.err());
    }

    @Test void brokenRecordExitsOneAndOthersAreProcessed() {
        CliHarness.Run run = CliHarness.run("energy", "examples/three_records_one_broken.sdf", "--json");
        assertEquals(1, run.exitCode());
        assertEquals(2, run.outLines().size());
        assertEquals("water", JsonParser.parseString(run.outLines().get(0)).getAsJsonObject().get("name").getAsString());
        assertEquals("methane", JsonParser.parseString(run.outLines().get(1)).getAsJsonObject().get("name").getAsString());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("examples/three_records_one_broken.sdf: record 2 (broken_ammonia): "), run.err());
    }

    @Test void emptyMissingAndUnsupported(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.sdf"), "");
        CliHarness.Run e = CliHarness.run("energy", empty.toString());
        assertEquals(1, e.exitCode());
        assertEquals(empty + ": no structures found", e.err().strip());
        CliHarness.Run missing = CliHarness.run("energy", dir.resolve("missing.sdf").toString());
        assertEquals(1, missing.exitCode());
        assertEquals(dir.resolve("missing.sdf") + ": no such file", missing.err().strip());
        CliHarness.Run neither = CliHarness.run("energy", "C1CC(");
        assertEquals(1, neither.exitCode());
        assertEquals("C1CC(: no such file, and not a valid SMILES string", neither.err().strip());
        CliHarness.Run strict = CliHarness.run("energy", CAFFEINE, "--model", "strict");
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().startsWith("examples/caffeine.sdf: record 1 (caffeine): no type for atom 2 (N)"), strict.err());
        assertFalse(strict.err().contains("\tat "), "no stack traces");
    }

    @Test void usageErrorsExitTwo(@TempDir Path dir) {
        assertEquals(2, CliHarness.run("energy").exitCode());
        assertEquals(2, CliHarness.run("energy", ETHANE, "--model", "nosuch").exitCode());
        assertEquals(2, CliHarness.run("energy", ETHANE, "--bogus").exitCode());
        assertEquals(2, CliHarness.run().exitCode());
        CliHarness.Run same = CliHarness.run("energy", ETHANE, "-o", ETHANE);
        assertEquals(2, same.exitCode());
        assertTrue(same.err().contains("refusing to overwrite the input file"), same.err());
        CliHarness.Run none = CliHarness.run(new ModelRegistry(List.of(), List.of()), "energy", ETHANE);
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no energy model is available"), none.err());
    }

    @Test void heavyAtomWarningAndAddHydrogens(@TempDir Path dir) throws Exception {
        String heavy = "src/test/resources/dev/curvature/io/phenol_heavy.sdf";
        CliHarness.Run warned = CliHarness.run("energy", heavy, "--json");
        assertEquals(0, warned.exitCode());
        assertTrue(warned.err().contains("warning: hydrogens are missing"), warned.err());
        Path out = dir.resolve("phenol_h.sdf");
        CliHarness.Run added = CliHarness.run("energy", heavy, "--json", "--add-hydrogens", "-o", out.toString());
        assertEquals(0, added.exitCode(), added.err());
        assertFalse(added.err().contains("hydrogens are missing"), added.err());
        assertEquals(13, JsonParser.parseString(added.out()).getAsJsonObject().get("atoms").getAsInt());
        assertEquals("C6H6O", readOne(out.toString()).formula());
    }
}

package dev.curvature.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.registry.EnergyModels;
import org.junit.jupiter.api.Test;

/** --cutoff: stated in the JSON and text reports, changes the energy, and refuses nonsense with exit 2. */
class CutoffOptionTest {
    private static final String CAFFEINE = "examples/caffeine.sdf";

    @Test
    void cutoffIsStatedAndUsed() {
        JsonObject exact = json(CliHarness.run(EnergyModels.registry(), "energy", CAFFEINE, "--model", "mmff94", "--json"));
        JsonObject cut = json(CliHarness.run(EnergyModels.registry(), "energy", CAFFEINE, "--model", "mmff94", "--json", "--cutoff", "5"));
        assertFalse(exact.getAsJsonObject("nonbonded").has("cutoff_angstrom"));
        JsonObject nb = cut.getAsJsonObject("nonbonded");
        assertEquals(5.0, nb.get("cutoff_angstrom").getAsDouble());
        assertEquals(3.0, nb.get("switch_on_angstrom").getAsDouble());
        // bonded terms are untouched; caffeine is wider than 5 Å, so the non-bonded ones change
        assertEquals(exact.getAsJsonObject("terms").get("bond").getAsDouble(), cut.getAsJsonObject("terms").get("bond").getAsDouble(), 1e-12);
        assertNotEquals(exact.getAsJsonObject("terms").get("vdw").getAsDouble(), cut.getAsJsonObject("terms").get("vdw").getAsDouble());
        CliHarness.Run text = CliHarness.run(EnergyModels.registry(), "energy", CAFFEINE, "--model", "mmff94", "--cutoff", "5");
        assertTrue(text.out().contains("non-bonded cutoff 5 Å"), text.out());
    }

    @Test
    void nonsenseCutoffIsAUsageError() {
        CliHarness.Run run = CliHarness.run(EnergyModels.registry(), "energy", CAFFEINE, "--cutoff", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--cutoff"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static JsonObject json(CliHarness.Run run) {
        assertEquals(0, run.exitCode(), run.err());
        return JsonParser.parseString(run.outLines().get(0)).getAsJsonObject();
    }
}

package dev.curvature.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.registry.EnergyModels;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every JSON record of every command names the unit of each quantity it holds. */
class JsonUnitsTest {
    private static final String WATER = "examples/water.sdf";

    private static JsonObject units(String... args) {
        CliHarness.Run run = CliHarness.run(EnergyModels.registry(), args);
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        JsonObject last = null;
        for (String line : lines) {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            assertTrue(o.has("units"), "record without units: " + line);
            last = o.getAsJsonObject("units");
        }
        return last;
    }

    private static void assertUnits(JsonObject units, Map<String, String> expected) {
        expected.forEach((k, v) -> assertEquals(v, units.has(k) ? units.get(k).getAsString() : null, k + " in " + units));
    }

    @Test
    void energyOptimizeFreqAndChargesRecordsCarryTheirUnits() {
        assertUnits(units("energy", WATER, "--json"),
                Map.of("energy", "kcal/mol", "gradient", "kcal/mol/Å", "length", "Å", "charge", "e"));
        assertUnits(units("optimize", WATER, "--json"),
                Map.of("energy", "kcal/mol", "force", "kcal/mol/Å", "displacement", "Å", "length", "Å"));
        assertUnits(units("freq", WATER, "--json", "--raman"),
                Map.of("energy", "kcal/mol", "frequency", "cm⁻¹", "reduced_mass", "amu", "force_constant", "mdyn/Å",
                        "ir_intensity", "km/mol", "raman_activity", "Å⁴/amu", "entropy", "cal/mol/K", "temperature", "K"));
        assertUnits(units("charges", WATER, "--json"),
                Map.of("charge", "e", "dipole", "D", "polarizability", "Å³", "length", "Å"));
    }
}

package dev.curvature.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.registry.EnergyModels;
import org.junit.jupiter.api.Test;

/** freq --lowest K: the K lowest frequencies of the dense analysis, and a usage error for options it cannot serve. */
class FreqLowestModesTest {
    private static final String CAFFEINE = "examples/caffeine.sdf";

    @Test
    void lowestModesAreTheDenseAnalysisLowest() {
        JsonObject dense = json(CliHarness.run(EnergyModels.registry(), "freq", CAFFEINE, "--model", "mmff94", "--no-opt", "--json",
                "--intensity-model", "fixed-mmff94"));
        JsonObject lowest = json(CliHarness.run(EnergyModels.registry(), "freq", CAFFEINE, "--model", "mmff94", "--no-opt", "--json",
                "--lowest", "5"));
        JsonArray all = dense.getAsJsonArray("frequencies"), five = lowest.getAsJsonArray("frequencies");
        assertEquals(5, five.size());
        assertEquals(5, lowest.get("lowest_modes").getAsInt());
        for (int k = 0; k < 5; k++)
            assertEquals(all.get(k).getAsDouble(), five.get(k).getAsDouble(), 1e-4 * Math.abs(all.get(k).getAsDouble()), "mode " + (k + 1));
        assertEquals("cm⁻¹", lowest.getAsJsonObject("units").get("frequency").getAsString());
    }

    @Test
    void refusesWhatItCannotGive() {
        CliHarness.Run r = CliHarness.run(EnergyModels.registry(), "freq", CAFFEINE, "--lowest", "5", "--molden", "out.molden");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--lowest"), r.err());
        assertEquals(2, CliHarness.run(EnergyModels.registry(), "freq", CAFFEINE, "--lowest", "0").exitCode());
    }

    private static JsonObject json(CliHarness.Run run) {
        assertEquals(0, run.exitCode(), run.err());
        return JsonParser.parseString(run.outLines().get(0)).getAsJsonObject();
    }
}

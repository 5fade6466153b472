package dev.curvature.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ConformersCommandTest {
    @TempDir Path dir;

    @Test
    void butanolGivesDistinctMinimisedConformersSortedByEnergyInOneSdf() throws Exception {
        Path out = dir.resolve("conf.sdf");
        CliHarness.Run run = CliHarness.run("conformers", "CCCCO", "-n", "3", "--json", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        assertEquals("kcal/mol", o.getAsJsonObject("units").get("energy").getAsString());
        JsonArray confs = o.getAsJsonArray("conformers");
        assertEquals(3, confs.size());
        double previous = Double.NEGATIVE_INFINITY;
        for (var c : confs) {
            JsonObject e = c.getAsJsonObject();
            assertTrue(e.get("energy").getAsDouble() >= previous);
            previous = e.get("energy").getAsDouble();
            assertTrue(e.get("converged").getAsBoolean());
        }
        assertEquals(0.0, confs.get(0).getAsJsonObject().get("relative_energy").getAsDouble(), 0.0);
        String sdf = Files.readString(out);
        assertEquals(3, sdf.split("\\$\\$\\$\\$", -1).length - 1);
    }

    @Test
    void badCountIsAUsageError() {
        CliHarness.Run run = CliHarness.run("conformers", "CCO", "-n", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("-n must be between 1 and 100"), run.err());
    }
}

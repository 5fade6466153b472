package dev.curvature.jmol;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import dev.curvature.cli.CliHarness;
import dev.curvature.registry.EnergyModels;
import dev.curvature.testing.LearnedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * "Use ML potential…" clicked in the real Jmol window (MlPotentialScenario in a child JVM under a
 * display, via GuiHarness): the refusal is one line, the tensor Elastic constants… then shows is
 * the CLI's {@code elastic --model ml:MODEL.json}, and a new file drops the choice.
 */
class MlPotentialGuiTest {
    @TempDir Path dir;

    @Test
    void aLearnedModelIsCheckedUsedAndForgottenWithItsStructure() throws Exception {
        Path model = LearnedModels.silicon(dir);
        Path cif = Path.of("examples/crystals/si-diamond.cif").toAbsolutePath();
        Map<String, String> seen = GuiHarness.run(MlPotentialScenario.class, null, "jmol-ml-potential", 240,
                Path.of("examples", "water.sdf").toAbsolutePath().toString(), cif.toString(), model.toString());
        String tail = seen.get("LOG_TAIL");
        assertEquals("1", seen.get("DONE"), tail);
        String refusal = seen.get("WATER_REFUSAL");
        assertTrue(refusal.contains("trained on Si only") && !refusal.contains("|") && !refusal.contains("Exception"), refusal);
        assertEquals("auto", seen.get("MODEL_AFTER_REFUSAL"));
        assertTrue(Long.parseLong(seen.get("EVENT_THREAD_ANSWERED_MS")) < 1000, "the editor answers while the model is read");
        assertEquals("ml:" + model.toAbsolutePath(), seen.get("MODEL_CHOSEN"));
        assertEquals("false", seen.get("POTENTIAL_DIALOG_SHOWN"), "the learned model needs no LAMMPS potential");

        CliHarness.Run cli = CliHarness.run(EnergyModels.registry(), "elastic", cif.toString(), "--model", "ml:" + model, "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonArray cij = JsonParser.parseString(cli.out().lines().findFirst().orElseThrow()).getAsJsonObject().getAsJsonArray("cij");
        String[] shown = seen.get("RELAXED").replace("[", "").replace("]", "").split(",");
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++)
                assertEquals(cij.get(i).getAsJsonArray().get(j).getAsDouble(), Double.parseDouble(shown[6 * i + j].strip()), 1e-3, "C" + (i + 1) + (j + 1));

        assertTrue(seen.get("STALE_NOTE").contains("si.json was chosen for the structure loaded before"), seen.get("STALE_NOTE"));
        assertEquals("auto", seen.get("MODEL_AFTER_RELOAD"));
        assertEquals("true", seen.get("WATER_UNCHANGED"));
    }
}

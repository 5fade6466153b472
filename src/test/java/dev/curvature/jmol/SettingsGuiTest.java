package dev.curvature.jmol;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Settings dialog clicked in the real Jmol window (SettingsScenario in a child JVM under a
 * display, via GuiHarness): the model chosen there is the one the next jobs use.
 */
class SettingsGuiTest {

    @Test
    void theModelChosenInTheDialogIsUsedByTheNextJobs() throws Exception {
        Map<String, String> seen = GuiHarness.run(SettingsScenario.class, null, "jmol-settings", 240,
                Path.of("examples", "water.sdf").toAbsolutePath().toString());
        String tail = seen.get("LOG_TAIL");
        assertEquals("1", seen.get("DONE"), tail);
        assertEquals("auto", seen.get("MODEL_BEFORE"));
        assertTrue(seen.get("CHOSEN_ITEM").startsWith("gfn2 "), seen.get("CHOSEN_ITEM"));
        assertEquals("gfn2", seen.get("MODEL_AFTER"), "OK keeps the model chosen in the list");
        assertTrue(Double.parseDouble(seen.get("CHARGES_DIFFER_FROM_GFN2")) < 1e-6, "the atoms carry GFN2-xTB's charges: " + seen.get("CHARGES_DIFFER_FROM_GFN2"));
        assertTrue(seen.get("LEGEND").startsWith("GFN2"), seen.get("LEGEND"));
        assertTrue(seen.get("MODES_SUMMARY").startsWith("GFN2"), "the frequency job used GFN2-xTB: " + seen.get("MODES_SUMMARY"));
        assertTrue(seen.get("SHOWN_AGAIN").startsWith("gfn2"), "the dialog shows the current model: " + seen.get("SHOWN_AGAIN"));
        assertEquals("gfn2", seen.get("MODEL_AFTER_CANCEL"), "Cancel changes nothing");
    }
}

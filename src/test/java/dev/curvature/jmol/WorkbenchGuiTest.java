package dev.curvature.jmol;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 10's defects in the real Jmol window (WorkbenchScenario in a child JVM under a display,
 * started by GuiHarness): each assertion reproduced the defect before its fix.
 */
class WorkbenchGuiTest {

    @Test
    void theWorkbenchBehavesInTheRealWindow() throws Exception {
        Map<String, String> seen = GuiHarness.run(WorkbenchScenario.class, null, "jmol-workbench", 300,
                Path.of("examples").toAbsolutePath().toString());
        String tail = seen.get("LOG_TAIL");
        assertNull(seen.get("TIMEOUT"), tail);
        // Clear and Undo after colouring: CPK on every atom, no vectors
        assertEquals("3", seen.get("COLOURED_BY_CHARGE"), tail);
        assertEquals("0", seen.get("CHANGED_AFTER_CLEAR"), "Clear restores CPK colours on every atom");
        assertEquals("0", seen.get("CHANGED_AFTER_UNDO"), "Undo restores CPK colours on every atom");
        assertEquals("false", seen.get("VECTORS_AFTER_UNDO"));
        assertEquals("true", seen.get("FOCUS_AFTER_OPTIMIZE"), "the keyboard is back in Jmol after the progress dialog");
        // Optimize stops the old mode
        assertEquals("true", seen.get("VIBRATION_BEFORE_OPTIMIZE"));
        assertEquals("false", seen.get("VIBRATION_AFTER_OPTIMIZE"), "no vibration after Optimize");
        assertEquals("false", seen.get("MODE_WINDOW_AFTER_OPTIMIZE"));
        // spectra: both, model kept, linked both ways
        assertEquals("1", seen.get("MODELS_AFTER_SPECTRA"), "showing a spectrum never replaces the user's model");
        assertEquals("true", seen.get("COORDINATES_KEPT"));
        assertEquals("true", seen.get("MODES_KEPT"));
        assertEquals("[IR, RAMAN]", seen.get("SPECTRA"), "Raman after IR keeps both");
        assertEquals(seen.get("STRONGEST_RAMAN_MODE"), seen.get("MODE_AFTER_PEAK_CLICK"), "clicking a peak animates its mode");
        assertEquals(seen.get("STRONGEST_RAMAN_MODE"), seen.get("ROW_AFTER_PEAK_CLICK"), "and selects its row");
        assertEquals("0", seen.get("SPECTRUM_MARKED_AFTER_ROW"), "choosing a row marks its peak");
        assertEquals("true", seen.get("HEADERS_FIT"), "every column header is visible");
        String results = seen.get("RESULTS_TEXT");
        assertTrue(results.contains("Point group C2v") && results.contains("ZPE") && results.contains("minimum"), results);
        assertTrue(results.contains("Γvib (C2v)  2A1 + B2"), results);
        assertEquals("A1,A1,B2", seen.get("TABLE_IRREPS"), "the mode table shows each mode's irrep");
        // a failed saddle search is asked about; nothing moves until the user decides
        String ts = seen.get("TS_DIALOG_TEXT");
        assertTrue(ts.contains("failed") && (ts.contains("residual force") || ts.contains("imaginary")), ts);
        assertTrue(Integer.parseInt(seen.get("TS_DIALOG_WIDTH")) < 800, "the dialog fits the screen: " + seen.get("TS_DIALOG_WIDTH"));
        assertEquals("true", seen.get("COORDINATES_UNCHANGED_DURING_DIALOG"));
        assertEquals("true", seen.get("COORDINATES_UNCHANGED_AFTER_REVERT"));
        // Cancel within a second in each long stage of a 153-atom job, with a percentage shown; the engine
        // itself stops at its next check (a diagonalization or charge solve in progress runs to its end)
        for (String stage : new String[] {"OPTIMIZE", "MODES", "INTENSITIES"}) {
            assertEquals("true", seen.get(stage + "_PERCENT_SHOWN"), stage + ": " + tail);
            long ms = Long.parseLong(seen.get(stage + "_CANCEL_MS"));
            assertTrue(ms < 1000, stage + ": Cancel took " + ms + " ms");
            long engine = Long.parseLong(seen.get(stage + "_ENGINE_STOPPED_MS"));
            assertTrue(engine < 5000, stage + ": the engine went on for " + engine + " ms after Cancel");
        }
        assertEquals("true", seen.get("ALA15_RESTORED"));
        assertTrue(Double.parseDouble(seen.get("ALA15_FREQ_SECONDS")) < 10, "Ala15 frequencies with intensities: " + seen.get("ALA15_FREQ_SECONDS") + " s");
        assertEquals("false", seen.get("MODES_AFTER_CANCELS"), "a cancelled job applies nothing");
        assertEquals("true", seen.get("ALA15_HAS_RAMAN"));
        Screenshots.publish("jmol-workbench", "curvature-modes-results.png", "jmol-modes-results.png",
                "curvature-spectrum.png", "jmol-spectrum.png", "curvature-charge-labels.png", "jmol-charge-labels.png");
    }
}

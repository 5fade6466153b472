package dev.curvature.jmol;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The real Jmol application with the plugin, in a child JVM with a display (the test JVM is
 * headless): right-click → Frequency analysis, then checks what a person would see. The child's
 * output is read on its own thread and the child is killed after 120 s ({@link GuiHarness}), so
 * a hung Jmol fails the test instead of hanging the build. Under CI,
 * .ci/run provides the display through xvfb-run; without a DISPLAY this test starts the child
 * under xvfb-run itself, and is skipped only when neither exists.
 */
class JmolGuiTest {

    @Test
    void rightClickFrequencyAnalysisShowsTheModeTableAndAnimatedVectors() throws Exception {
        Map<String, String> seen = runScenario(null, "jmol-gui");
        assertTrue(seen.get("JMOL_VERSION").startsWith("14.31.10"), seen.get("JMOL_VERSION"));
        Screenshots.publish("jmol-gui", "screen.png", "jmol-plugin-frequencies.png");
    }

    /** The same with Debian's Jmol 14.32 first on the class path, as `curvature install` sets it up. */
    @Test
    void worksWithDebiansJmolToo() throws Exception {
        Path debian = Path.of("/usr/share/java/Jmol.jar");
        Assumptions.assumeTrue(Files.isRegularFile(debian), "Debian's jmol package is not installed");
        Map<String, String> seen = runScenario(debian, "jmol-debian");
        assertTrue(seen.get("JMOL_VERSION").startsWith("14.32"), seen.get("JMOL_VERSION"));
    }

    private static Map<String, String> runScenario(Path jmolJarFirst, String outName) throws Exception {
        Map<String, String> seen = GuiHarness.run(GuiScenario.class, jmolJarFirst, outName, 120,
                Path.of("examples", "ethane_staggered.sdf").toAbsolutePath().toString());
        String tail = seen.get("LOG_TAIL");
        assertEquals("8", seen.get("ATOMS"), tail);
        assertEquals("18", seen.get("ROWS"), "the mode table lists 3N-6 modes");
        assertEquals("true", seen.get("TABLE_SHOWING"));
        assertEquals("17", seen.get("MODE_ON_DISPLAY"), "choosing the last row shows that mode");
        assertEquals("true", seen.get("VIBRATION_ON"));
        assertTrue(seen.get("MENUBAR").contains("Curvature[Optimize geometry;Frequency analysis;"), seen.get("MENUBAR"));
        assertEquals("true", seen.get("VECTOR_SHAPE"));
        assertEquals("8", seen.get("ATOMS_WITH_VECTORS"));
        assertTrue(Double.parseDouble(seen.get("VIEWER_STDDEV")) > 10, "the rendered image is not blank");
        assertEquals(0, Integer.parseInt(seen.get("BEFORE_GOLD_PIXELS")), "no gold in the picture before the analysis");
        assertTrue(Integer.parseInt(seen.get("VIEWER_GOLD_PIXELS")) > 200, "vibration vectors (gold) are drawn: " + seen.get("VIEWER_GOLD_PIXELS"));
        assertTrue(Double.parseDouble(seen.get("SCREEN_STDDEV")) > 10, "the screen capture is not blank");
        assertTrue(Files.size(Path.of(seen.get("SCREEN_PNG"))) > 10_000);
        assertEquals("true", seen.get("CLICKED_WITH_MOUSE"));
        return seen;
    }
}

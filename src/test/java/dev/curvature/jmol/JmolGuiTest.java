package dev.curvature.jmol;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The real Jmol application with the plugin, in a child JVM with a display (the test JVM is
 * headless): right-click → Frequency analysis, then checks what a person would see. Under CI,
 * .ci/run provides the display through xvfb-run; without a DISPLAY this test starts the child
 * under xvfb-run itself, and is skipped only when neither exists.
 */
class JmolGuiTest {

    @Test
    void rightClickFrequencyAnalysisShowsTheModeTableAndAnimatedVectors() throws Exception {
        Map<String, String> seen = runScenario(null, "jmol-gui");
        assertTrue(seen.get("JMOL_VERSION").startsWith("14.31.10"), seen.get("JMOL_VERSION"));
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
        String display = System.getenv("DISPLAY");
        boolean haveDisplay = display != null && !display.isBlank();
        boolean haveXvfbRun = new File("/usr/bin/xvfb-run").canExecute();
        Assumptions.assumeTrue(haveDisplay || haveXvfbRun,
                "no DISPLAY and no xvfb-run: install Debian's xvfb and xauth to run the real-window test");

        Path out = Path.of("target", outName).toAbsolutePath();
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>();
        if (!haveDisplay) cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24"));
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", (jmolJarFirst == null ? "" : jmolJarFirst + File.pathSeparator) + System.getProperty("java.class.path"), GuiScenario.class.getName(),
                Path.of("examples", "ethane_staggered.sdf").toAbsolutePath().toString(), out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> seen = new HashMap<>();
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                log.append(line).append('\n');
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).matches("[A-Z_]+")) seen.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the Jmol scenario did not finish");
        Files.writeString(out.resolve("scenario.log"), log);
        String tail = log.length() > 3000 ? log.substring(log.length() - 3000) : log.toString();
        assertEquals(0, p.exitValue(), "scenario failed:\n" + tail);

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
        if ("true".equals(seen.get("JSV_SKIPPED"))) return seen; // Jmol 14.32: JSpecView link not checked (README)
        // Show spectrum: the JDX-MOL file in Jmol, JSpecView open and linked
        assertEquals("true", seen.get("JSV_SHOWING"), tail);
        // the molecule + one frame per peak (JcampDxWriter gives degenerate modes one peak; Jmol drops frames without one)
        assertEquals("13", seen.get("MODELS_AFTER_SPECTRUM"));
        assertTrue(seen.get("FRAME_AFTER_PEAK").endsWith("vib.17"), "the peak of mode 17 shows its frame: " + seen.get("FRAME_AFTER_PEAK"));
        assertEquals("true", seen.get("FRAME_VECTORS_AFTER_PEAK"));
        assertEquals("true", seen.get("VIBRATION_AFTER_PEAK"), "and Jmol animates it");
        assertTrue(Double.parseDouble(seen.get("JSV_STDDEV")) > 10, "the JSpecView window is not blank");
        return seen;
    }
}

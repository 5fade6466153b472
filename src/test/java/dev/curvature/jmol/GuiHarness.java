package dev.curvature.jmol;

import org.junit.jupiter.api.Assumptions;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs a real-window scenario (a main class printing KEY=value lines) in a child JVM with a
 * display: the test JVM's DISPLAY, or else under xvfb-run, which the harness starts itself (as
 * .ci/run does), so `mvn -B test` runs these tests on a machine without a display. Skipped only
 * when there is neither, and then loudly, on stderr.
 */
final class GuiHarness {
    private GuiHarness() {}

    static boolean haveDisplay() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    static String xvfbRun() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
            if (new File(dir, "xvfb-run").canExecute()) return new File(dir, "xvfb-run").getPath();
        return new File("/usr/bin/xvfb-run").canExecute() ? "/usr/bin/xvfb-run" : null;
    }

    /** The command prefix that gives a child a display (empty if we have one); skips the test loudly if none. */
    static List<String> displayPrefix() {
        if (haveDisplay()) return List.of();
        String xvfb = xvfbRun();
        if (xvfb == null) {
            String why = "REAL-WINDOW JMOL TESTS SKIPPED: no DISPLAY and no xvfb-run. Install Debian's xvfb and xauth "
                    + "(apt-get install -y xvfb xauth) to run them.";
            System.err.println("\n*** " + why + " ***\n");
            Assumptions.assumeTrue(false, why);
        }
        return List.of(xvfb, "-a", "-s", "-screen 0 1680x1050x24");
    }

    /** Runs {@code main} with the given arguments; returns its KEY=value lines; fails on a non-zero exit. */
    static Map<String, String> run(Class<?> main, Path jmolJarFirst, String outName, int timeoutSeconds, String... args) throws Exception {
        Path out = Path.of("target", outName).toAbsolutePath();
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(displayPrefix());
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + JSpecViewSettings.PROPERTY + "=" + out.resolve("jspecview.properties"),
                "-cp", (jmolJarFirst == null ? "" : jmolJarFirst + File.pathSeparator) + System.getProperty("java.class.path"),
                main.getName()));
        cmd.addAll(List.of(args));
        cmd.add(out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
        StringBuffer log = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    log.append(line).append('\n');
                    int eq = line.indexOf('=');
                    if (eq > 0 && line.substring(0, eq).matches("[A-Z_0-9]+")) seen.put(line.substring(0, eq), line.substring(eq + 1));
                }
            } catch (java.io.IOException ignored) {
                // the child was stopped
            }
        });
        reader.start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        reader.join(5000);
        Files.writeString(out.resolve("scenario.log"), log);
        assertTrue(finished, "the Jmol scenario did not finish in " + timeoutSeconds + " s:\n" + tail(log));
        String tail = tail(log);
        assertEquals(0, p.exitValue(), "scenario failed:\n" + tail);
        seen.put("LOG_TAIL", tail);
        return new HashMap<>(seen);
    }

    private static String tail(CharSequence log) {
        return log.length() > 4000 ? log.subSequence(log.length() - 4000, log.length()).toString() : log.toString();
    }
}

package dev.curvature.jmol;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `curvature jmol FILE` starts Jmol in a child JVM; killing the launcher (kill -9: no shutdown hook
 * runs) must not leave Jmol running. Real processes under a display (GuiHarness).
 */
class JmolLauncherExitTest {

    @Test
    void killingTheLauncherEndsJmol() throws Exception {
        List<String> cmd = new ArrayList<>(GuiHarness.displayPrefix());
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "dev.curvature.cli.Main", "jmol", Path.of("examples", "water.sdf").toAbsolutePath().toString()));
        Process top = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File("target/jmol-launcher-exit.log")).start();
        try {
            ProcessHandle launcher = null, jmol = null;
            long end = System.currentTimeMillis() + 60_000;
            while ((launcher == null || jmol == null) && System.currentTimeMillis() < end) {
                Thread.sleep(200);
                for (ProcessHandle h : (Iterable<ProcessHandle>) top.descendants()::iterator) {
                    String line = commandLine(h);
                    if (line.contains("dev.curvature.cli.Main")) launcher = h;
                    if (line.contains(CurvatureJmol.class.getName())) jmol = h;
                }
                if (launcher == null && commandLine(top.toHandle()).contains("dev.curvature.cli.Main")) launcher = top.toHandle();
            }
            assertNotNull(launcher, "the launcher runs");
            assertNotNull(jmol, "Jmol was started by the launcher");
            Thread.sleep(2000);
            assertTrue(jmol.isAlive());
            launcher.destroyForcibly(); // SIGKILL
            ProcessHandle j = jmol;
            long deadline = System.currentTimeMillis() + 10_000;
            while (j.isAlive() && System.currentTimeMillis() < deadline) Thread.sleep(100);
            assertFalse(j.isAlive(), "Jmol exits when its launcher is killed");
        } finally {
            top.descendants().forEach(ProcessHandle::destroyForcibly);
            top.destroyForcibly();
            top.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The whole command line (ProcessHandle.Info cuts long ones: our class path is ~12 kB). */
    private static String commandLine(ProcessHandle h) {
        try {
            return new String(java.nio.file.Files.readAllBytes(Path.of("/proc", Long.toString(h.pid()), "cmdline"))).replace('\0', ' ');
        } catch (java.io.IOException | RuntimeException e) {
            return h.info().commandLine().orElse("");
        }
    }
}

package dev.curvature.cli;

import dev.curvature.registry.EnergyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class JmolAndInstallCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine(EnergyModels.registry());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void jmolCommandRunsOurLauncherWithTheFileAndPutsAnotherJmolJarFirst(@TempDir Path dir) throws Exception {
        Path jmolJar = Files.createFile(dir.resolve("Jmol.jar"));
        String[] r = run("jmol", "--print-command", "--jmol-jar", jmolJar.toString(), "examples/water.sdf");
        assertEquals("0", r[0], r[2]);
        String cmd = r[1].trim();
        assertTrue(cmd.contains(" -cp " + jmolJar.toAbsolutePath() + java.io.File.pathSeparator), cmd);
        assertTrue(cmd.endsWith("dev.curvature.jmol.CurvatureJmol " + Path.of("examples/water.sdf").toAbsolutePath()), cmd);
    }

    @Test
    void jmolCommandRefusesAMissingFile() {
        String[] r = run("jmol", "--print-command", "no/such/file.sdf");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("cannot read no/such/file.sdf"), r[2]);
    }

    @Test
    void installScriptPutsTheJmolJarBeforeCurvaturesAndPassesArguments() {
        String s = InstallCommand.script(Path.of("/opt/curvature.jar"), Path.of("/usr/share/java/Jmol.jar"));
        assertTrue(s.startsWith("#!/bin/sh\n"));
        assertTrue(s.contains("-cp '/usr/share/java/Jmol.jar':'/opt/curvature.jar' dev.curvature.jmol.CurvatureJmol \"$@\""), s);
        String bundled = InstallCommand.script(Path.of("/opt/curvature.jar"), null);
        assertTrue(bundled.contains("-cp '/opt/curvature.jar' dev.curvature.jmol.CurvatureJmol"), bundled);
    }

    @Test
    void installOutsideAJarSaysSo(@TempDir Path dir) {
        // tests run from target/classes, not from the shaded jar
        String[] r = run("install", "--bin-dir", dir.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("run this from Curvature's jar"), r[2]);
    }
}

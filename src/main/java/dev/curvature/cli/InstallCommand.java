package dev.curvature.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

/**
 * {@code curvature install}: makes the plugin available from a user's shell. Jmol has no plugin
 * directory, and Debian's {@code jmol} script runs {@code java -jar}, which ignores any extra jar;
 * so this writes a launcher script that starts our launcher class with the chosen Jmol jar first
 * on the class path and Curvature's jar after it. Without a Debian Jmol, the script uses the Jmol
 * 14.31.10 (Maven Central) inside Curvature's jar.
 */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Write a launcher script (default ~/.local/bin/jmol-curvature) that starts Jmol with the Curvature plugin.")
final class InstallCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--bin-dir", paramLabel = "DIR", description = "Where to write the script (default: ~/.local/bin).")
    Path binDir;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "jmol-curvature", description = "Script name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--jmol-jar", paramLabel = "JAR",
            description = "Jmol jar to use; default: Debian's " + "/usr/share/java/Jmol.jar if present, else the Jmol inside Curvature's jar.")
    Path jmolJar;

    @Option(names = "--bundled-jmol", description = "Use the Jmol 14.31.10 inside Curvature's jar even if Debian's Jmol is installed.")
    boolean bundled;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path jar = Path.of(JmolLaunch.ownClassPath());
        if (!Files.isRegularFile(jar)) {
            err.println("curvature install: run this from Curvature's jar (bin/curvature install), not from a build directory");
            return Main.FAILED;
        }
        Path jmol = bundled ? null : jmolJar != null ? jmolJar
                : Files.isRegularFile(JmolLaunch.DEBIAN_JMOL_JAR) ? JmolLaunch.DEBIAN_JMOL_JAR : null;
        if (jmol != null && !Files.isRegularFile(jmol)) {
            err.println("curvature install: no Jmol jar at " + jmol);
            return Main.FAILED;
        }
        Path dir = binDir != null ? binDir : Path.of(System.getProperty("user.home"), ".local", "bin");
        Files.createDirectories(dir);
        Path script = dir.resolve(name);
        Files.writeString(script, script(jar, jmol));
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            script.toFile().setExecutable(true);
        }
        out.println("wrote " + script + " (Jmol: " + (jmol == null ? "14.31.10 inside " + jar : jmol) + ")");
        out.println("start it as: " + name + " [FILE]   (Curvature: right-click > Computation > Curvature, or the Curvature menu)");
        out.flush();
        return Main.OK;
    }

    static String script(Path curvatureJar, Path jmolJar) {
        String cp = (jmolJar == null ? "" : shellQuote(jmolJar.toAbsolutePath().toString()) + ":") + shellQuote(curvatureJar.toAbsolutePath().toString());
        return "#!/bin/sh\n"
                + "# Written by 'curvature install': Jmol with the Curvature plugin.\n"
                + "# The Jmol jar comes first so its Jmol classes are used; Curvature's classes come from its jar.\n"
                + "exec java ${JMOL_JAVA_OPTS:--Xmx1g} -cp " + cp + " " + JmolLaunch.LAUNCHER + " \"$@\"\n";
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}

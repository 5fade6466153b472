package dev.curvature.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start Jmol with the Curvature plugin from this installation: the class path of the
 * running program (the shaded jar, which also holds Jmol 14.31.10) and, optionally, another Jmol
 * jar. Another Jmol jar goes FIRST so that its Jmol classes (e.g. Debian's 14.32) are the ones
 * used; Curvature's own classes exist only in our jar, so the launcher still finds them.
 */
final class JmolLaunch {
    static final String LAUNCHER = "dev.curvature.jmol.CurvatureJmol";
    /** Debian's jmol package (14.32): the jar its own launcher runs with java -jar. */
    static final Path DEBIAN_JMOL_JAR = Path.of("/usr/share/java/Jmol.jar");

    private JmolLaunch() {}

    /** Where Curvature's classes come from: the jar when run from one, else the build's class path. */
    static String ownClassPath() {
        try {
            Path p = Path.of(JmolLaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p)) return p.toAbsolutePath().toString();
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the class path of this JVM
        }
        return System.getProperty("java.class.path");
    }

    static String classPath(Path jmolJar) {
        return jmolJar == null ? ownClassPath() : jmolJar.toAbsolutePath() + File.pathSeparator + ownClassPath();
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> command(Path jmolJar, List<String> jmolArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.add("-cp");
        cmd.add(classPath(jmolJar));
        cmd.add(LAUNCHER);
        cmd.addAll(jmolArgs);
        return cmd;
    }

    /**
     * The command this process runs as Jmol's parent: Jmol exits when this launcher does, even when
     * the launcher is killed (no shutdown hook runs then).
     */
    static List<String> childCommand(Path jmolJar, List<String> jmolArgs) {
        List<String> cmd = command(jmolJar, jmolArgs);
        cmd.add(1, "-Dcurvature.parent.pid=" + ProcessHandle.current().pid());
        return cmd;
    }
}

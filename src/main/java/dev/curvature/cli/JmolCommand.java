package dev.curvature.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code curvature jmol [FILE]}: opens Jmol with the Curvature plugin attached (right-click →
 * Computation → Curvature, and a Curvature menu), in a child JVM that runs our launcher, and waits
 * for the window to close. Jmol calls System.exit when its window closes, so it cannot share this JVM.
 */
@Command(name = "jmol", mixinStandardHelpOptions = true,
        description = "Start Jmol with the Curvature plugin, optionally opening FILE.")
final class JmolCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A molecule file for Jmol to open.")
    Path file;

    @Option(names = "--jmol-jar", paramLabel = "JAR",
            description = "Use this Jmol jar (e.g. Debian's /usr/share/java/Jmol.jar) instead of the Jmol 14.31.10 inside Curvature's jar.")
    Path jmolJar;

    @Option(names = "--print-command", description = "Print the java command instead of running it.")
    boolean printCommand;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (file != null && !Files.isReadable(file)) {
            spec.commandLine().getErr().println("curvature jmol: cannot read " + file);
            return Main.FAILED;
        }
        if (jmolJar != null && !Files.isRegularFile(jmolJar)) {
            spec.commandLine().getErr().println("curvature jmol: no Jmol jar at " + jmolJar);
            return Main.FAILED;
        }
        List<String> args = new ArrayList<>();
        if (file != null) args.add(file.toAbsolutePath().toString());
        List<String> cmd = JmolLaunch.command(jmolJar, args);
        if (printCommand) {
            spec.commandLine().getOut().println(String.join(" ", cmd));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        Process p = new ProcessBuilder(JmolLaunch.childCommand(jmolJar, args)).inheritIO().start();
        Thread stop = new Thread(p::destroy, "stop-jmol"); // Ctrl+C or SIGTERM on the launcher closes Jmol too
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = p.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return exit == 0 ? Main.OK : Main.FAILED;
    }
}

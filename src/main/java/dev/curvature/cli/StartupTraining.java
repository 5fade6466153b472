package dev.curvature.cli;

import dev.curvature.registry.EnergyModels;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * The training run behind the class-data-sharing archive that {@code mvn package} builds for
 * {@code bin/curvature}: a few small jobs, run in this one JVM under
 * {@code -XX:DumpLoadedClassList}, so the archive holds the classes the everyday commands load
 * (text and JSON output, SDF and SMILES input with 3-D embedding, MMFF94 and UFF, optimization,
 * frequencies, IR intensities, charges). Results are discarded; a failing job fails the build,
 * since the archive would then miss the classes of the path it was meant to cover.
 *
 * <p>usage: {@code StartupTraining MOLECULE.sdf}
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining MOLECULE.sdf");
            System.exit(Main.USAGE);
        }
        String sdf = args[0];
        List<String[]> jobs = List.of(
                new String[]{"freq", sdf},
                new String[]{"freq", "--json", sdf},
                new String[]{"energy", sdf},
                new String[]{"energy", "--json", "--model", "uff", sdf},
                new String[]{"optimize", sdf},
                new String[]{"charges", sdf},
                new String[]{"freq", "OCC(=O)N"},
                new String[]{"freq", "--help"});
        for (String[] job : jobs) {
            CommandLine cl = Main.commandLine(EnergyModels.registry(), job);
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(Writer.nullWriter()));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(job);
            if (code != Main.OK) {
                System.err.println("StartupTraining: " + String.join(" ", job) + " exited " + code + ": " + err.toString().strip());
                System.exit(Main.FAILED);
            }
        }
    }
}

package dev.curvature.cli;

import dev.curvature.build.CdkLogging;
import dev.curvature.model.ModelRegistry;
import dev.curvature.registry.EnergyModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The {@code curvature} command. Results go to stdout, messages to stderr. Exit codes: 0 all good,
 * 1 some input or record failed (the others were still processed), 2 usage error.
 */
@Command(name = "curvature", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Energies and their derivatives for molecules (force fields: MMFF94, UFF).",
        subcommands = CommandLine.HelpCommand.class)
public final class Main implements Callable<Integer> {
    public static final int OK = 0, FAILED = 1, USAGE = 2;

    static { CdkLogging.silence(); }

    @Spec CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(EnergyModels.registry()).execute(args));
    }

    /** The configured command line; tests pass their own registry and set out/err writers. */
    public static CommandLine commandLine(ModelRegistry registry) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("energy", new EnergyCommand(registry));
        cl.addSubcommand("optimize", new OptimizeCommand(registry));
        cl.addSubcommand("conformers", new ConformersCommand(registry));
        cl.addSubcommand("neb", new NebCommand(registry));
        cl.addSubcommand("freq", new FreqCommand(registry));
        cl.addSubcommand("charges", new ChargesCommand());
        cl.addSubcommand("elastic", new ElasticCommand(registry));
        cl.addSubcommand("phonons", new PhononsCommand(registry));
        cl.addSubcommand("train", new TrainCommand());
        cl.addSubcommand("evaluate", new EvaluateCommand());
        cl.addSubcommand("learning-curve", new LearningCurveCommand(registry));
        cl.addSubcommand("batch", new BatchCommand());
        cl.addSubcommand("jmol", new JmolCommand());
        cl.addSubcommand("install", new InstallCommand());
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("curvature: internal error: " + ex
                    + (System.getenv("CURVATURE_DEBUG") == null ? " (set CURVATURE_DEBUG=1 for details)" : ""));
            if (System.getenv("CURVATURE_DEBUG") != null) ex.printStackTrace(err);
            err.flush();
            return FAILED;
        });
        return cl;
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandName() + ": " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return USAGE;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"curvature " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}

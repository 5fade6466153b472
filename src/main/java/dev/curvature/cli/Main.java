package dev.curvature.cli;

import dev.curvature.build.CdkLogging;
import dev.curvature.model.ModelRegistry;
import dev.curvature.registry.EnergyModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

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
        System.exit(commandLine(EnergyModels.registry(), args).execute(args));
    }

    /** The configured command line; tests pass their own registry and set out/err writers. */
    public static CommandLine commandLine(ModelRegistry registry) {
        return commandLine(registry, new String[0]);
    }

    /**
     * The command line for these arguments. When the first one names a subcommand only that one is
     * built: picocli reads every option annotation of every command it registers, which cost more
     * start-up time than a small job's numerical work. Anything else (no arguments, --help, help,
     * a misspelt command) gets all of them, so usage and suggestions are unchanged.
     */
    static CommandLine commandLine(ModelRegistry registry, String[] args) {
        Map<String, Supplier<Object>> all = subcommands(registry);
        CommandLine cl = new CommandLine(new Main());
        Supplier<Object> only = args.length > 0 ? all.get(args[0]) : null;
        if (only != null) cl.addSubcommand(args[0], only.get());
        else all.forEach((name, command) -> cl.addSubcommand(name, command.get()));
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

    /** Every subcommand, in the order help lists them. */
    private static Map<String, Supplier<Object>> subcommands(ModelRegistry registry) {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("energy", () -> new EnergyCommand(registry));
        m.put("optimize", () -> new OptimizeCommand(registry));
        m.put("conformers", () -> new ConformersCommand(registry));
        m.put("neb", () -> new NebCommand(registry));
        m.put("freq", () -> new FreqCommand(registry));
        m.put("charges", ChargesCommand::new);
        m.put("elastic", () -> new ElasticCommand(registry));
        m.put("phonons", () -> new PhononsCommand(registry));
        m.put("train", TrainCommand::new);
        m.put("evaluate", EvaluateCommand::new);
        m.put("learning-curve", () -> new LearningCurveCommand(registry));
        m.put("batch", BatchCommand::new);
        m.put("jmol", JmolCommand::new);
        m.put("install", InstallCommand::new);
        return m;
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

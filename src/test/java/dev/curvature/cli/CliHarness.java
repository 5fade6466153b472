package dev.curvature.cli;

import dev.curvature.model.ModelRegistry;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

/** Runs the CLI in-process with captured stdout/stderr and a test registry. */
public final class CliHarness {
    public record Run(int exitCode, String out, String err) {
        List<String> outLines() { return out.lines().toList(); }
        List<String> errLines() { return err.lines().toList(); }
    }

    /** "strict" (HCO only, listed first in auto) and "loose" (any element) harmonic-bond models. */
    static ModelRegistry testRegistry() {
        return new ModelRegistry(List.of(
                new ModelRegistry.Entry("strict", "harmonic bonds, H C O only", () -> new HarmonicBondModel("STRICT", Set.of(1, 6, 8))),
                new ModelRegistry.Entry("loose", "harmonic bonds, any element", () -> new HarmonicBondModel("LOOSE", Set.of()))),
                List.of("strict", "loose"));
    }

    static Run run(String... args) {
        return run(testRegistry(), args);
    }

    /** As the program runs it: only the named subcommand is built (see {@link Main#commandLine(ModelRegistry, String[])}). */
    public static Run run(ModelRegistry registry, String... args) {
        return run(Main.commandLine(registry, args), args);
    }

    /** With every subcommand registered, as {@link Main#commandLine(ModelRegistry)} builds it for tests and the plugin. */
    static Run runFull(ModelRegistry registry, String... args) {
        return run(Main.commandLine(registry), args);
    }

    private static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

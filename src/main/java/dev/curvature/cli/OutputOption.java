package dev.curvature.cli;

import dev.curvature.io.OutputFormat;
import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureWriter;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** -o/--output for commands that write structures; checked before any work is done. */
final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the resulting structures to FILE (.xyz or .sdf), atomically; never over an input.")
    Path output;

    /** Throws (one-line message) if the output cannot be written: unknown format, or it is the input. */
    void check(Path input) throws StructureInputException {
        if (output == null) return;
        if (OutputFormat.byExtension(output.getFileName().toString()) == null)
            throw new StructureInputException(output + ": unknown output format (use .xyz or .sdf)");
        StructureWriter.checkNotAnInput(output, input == null ? List.of() : List.of(input));
    }

    static List<Path> inputs(Path input) {
        List<Path> l = new ArrayList<>();
        if (input != null) l.add(input);
        return l;
    }
}

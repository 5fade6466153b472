package dev.curvature.cli;

import dev.curvature.io.InputFormat;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** The structure input every command takes: a file or a SMILES string, and --add-hydrogens. */
final class InputOptions {
    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Structure file (.sdf .mol .mol2 .xyz .pdb .cml .smi) or a SMILES string, e.g. 'c1ccccc1O'.")
    String input;

    @Option(names = "--add-hydrogens",
            description = "Add missing hydrogens (heavy-atom-only input or implicit hydrogens) and place them in 3-D.")
    boolean addHydrogens;

    @Option(names = {"--charge", "--chrg"}, paramLabel = "Q",
            description = "Total charge (e) of every structure read, as xtb's --chrg. Default: the sum of the input's formal charges. "
                    + "Electronic-structure models (gfn2) use it; force fields type from the formal charges.")
    Integer charge;

    Integer unpaired;

    @Spec(Spec.Target.MIXEE) CommandSpec mixee;

    @Option(names = "--uhf", paramLabel = "N",
            description = "Number of unpaired electrons, as xtb's --uhf (multiplicity N+1). Default: 0, or 1 for an odd electron count.")
    void setUnpaired(int n) {
        if (n < 0) throw new ParameterException(mixee.commandLine(), "--uhf must be 0 or more, got " + n);
        unpaired = n;
    }

    /** The input as a file path if it names an existing file, else null. */
    Path file() {
        try {
            Path p = Path.of(input);
            return Files.exists(p) ? p : null;
        } catch (java.nio.file.InvalidPathException e) { // NUL or other characters no path may hold: a SMILES at most
            return null;
        }
    }

    /** The input file, or null for a SMILES string (for the output guard). */
    Path fileOrNull() { return file(); }

    /** How every structure of this run is read (the end point of a path too). */
    ReadOptions readOptions() {
        return new ReadOptions(addHydrogens, charge, unpaired);
    }

    StructureReader open() throws StructureInputException {
        ReadOptions options = readOptions();
        Path p = file();
        if (p != null) return StructureReader.open(p, options);
        if (InputFormat.byExtension(input) != null) throw new StructureInputException(input + ": no such file");
        if (StructureReader.looksLikeSmiles(input)) return StructureReader.ofSmiles(input, options);
        throw new StructureInputException(input + ": no such file, and not a valid SMILES string");
    }
}

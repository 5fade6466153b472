package dev.curvature.cli;

import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureWriter;
import dev.curvature.io.crystal.CrystalReader;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.CrystalModel;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** INPUT and --potential of the crystal commands (elastic, phonons), and their loading with one-line errors. */
final class CrystalOptions {
    @Parameters(index = "0", paramLabel = "INPUT", description = "Crystal file: .cif, .extxyz (or .xyz with Lattice=), POSCAR/CONTCAR/.vasp, LAMMPS .data/.lmp.")
    Path input;

    @Option(names = "--potential", paramLabel = "FILE", required = true,
            description = "LAMMPS-style potential: pair_style, pair_coeff (parameter files relative to FILE or in $LAMMPS_POTENTIALS).")
    Path potential;

    /** The registry's model for a potential file ({@code potential:FILE}); a bad file is {@link BadPotential}. */
    static CrystalModel model(ModelRegistry registry, Path file) {
        try {
            return CrystalModel.of(registry.model(ModelRegistry.POTENTIAL_SCHEME + ":" + file));
        } catch (UnsupportedStructureException e) {
            throw new BadPotential(e.getMessage());
        }
    }

    /** The potential file does not parse (message names file and line). */
    static final class BadPotential extends RuntimeException {
        BadPotential(String message) { super(message); }
    }

    /** The first structure of INPUT; a file that is not in a crystal format is a molecule for these commands. */
    Structure structure(String what) throws StructureInputException {
        if (!java.nio.file.Files.exists(input)) throw new StructureInputException(input + ": no such file");
        if (!CrystalReader.handles(input))
            throw new StructureInputException(input + ": not a crystal (no cell; crystal formats are .cif .extxyz .vasp POSCAR CONTCAR .data .lmp): "
                    + what + " need a periodic structure");
        List<Structure> all = CrystalReader.read(input);
        return all.get(0);
    }

    CrystalModel model(ModelRegistry registry) { return model(registry, potential); }

    /** Refuses an output that is an input (structure or potential), before any work. */
    void checkOutput(Path output) throws StructureInputException {
        if (output != null) StructureWriter.checkNotAnInput(output, List.of(input, potential));
    }

    static int[] triple(String text, String option) {
        String[] p = text.split(",");
        if (p.length != 3) throw new IllegalArgumentException(option + " needs three integers a,b,c, got '" + text + "'");
        int[] n = new int[3];
        for (int k = 0; k < 3; k++) {
            try {
                n[k] = Integer.parseInt(p[k].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + p[k] + "' is not an integer");
            }
            if (n[k] < 1 || n[k] > 50) throw new IllegalArgumentException(option + ": repeats must be 1..50, got " + n[k]);
        }
        return n;
    }
}

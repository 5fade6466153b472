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

    @Option(names = "--potential", paramLabel = "FILE",
            description = "LAMMPS-style potential: pair_style, pair_coeff (parameter files relative to FILE or in $LAMMPS_POTENTIALS).")
    Path potential;

    @Option(names = "--model", paramLabel = "SCHEME:FILE",
            description = "A periodic model from the registry instead of --potential: ml:MODEL.json (learned potential from 'curvature train') or potential:FILE.")
    String model;

    /** The one periodic model given (--potential or --model); a usage error otherwise. */
    CrystalModelSpec modelSpec() {
        if (potential != null && model != null) throw new IllegalArgumentException("give either --potential or --model, not both");
        if (potential != null) return new CrystalModelSpec(ModelRegistry.POTENTIAL_SCHEME + ":" + potential, potential);
        if (model == null) throw new IllegalArgumentException("a potential is needed: --potential FILE or --model ml:MODEL.json");
        CrystalModelSpec s = CrystalModelSpec.parse(model);
        if (s == null) throw new IllegalArgumentException("--model must be SCHEME:FILE with scheme " + CrystalModelSpec.PERIODIC_SCHEMES + ", got '" + model + "'");
        return s;
    }

    /** The registry's model for {@code potential:FILE} or {@code ml:MODEL.json}; a bad file is {@link BadPotential}. */
    static CrystalModel model(ModelRegistry registry, String spec) {
        try {
            return CrystalModel.of(registry.model(spec));
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

    CrystalModel model(ModelRegistry registry) { return model(registry, modelSpec().spec()); }

    /** Refuses an output that is an input (structure or potential), before any work. */
    void checkOutput(Path output) throws StructureInputException {
        if (output != null) StructureWriter.checkNotAnInput(output, List.of(input, modelSpec().file()));
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

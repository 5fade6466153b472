package dev.curvature.cli;

import dev.curvature.model.ModelRegistry;
import dev.curvature.registry.EnergyModels;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

/**
 * --model (and --potential, --cutoff), shared by every command that evaluates an energy model. A model from a
 * file is {@code --model SCHEME:FILE}; the registry knows the schemes, so a new kind of model needs
 * no change here.
 */
final class ModelOption {
    @Option(names = "--model", paramLabel = "MODEL", defaultValue = ModelRegistry.AUTO,
            description = "Energy model: ${COMPLETION-CANDIDATES}. auto uses MMFF94 if it types every atom, else UFF. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ModelIds.class)
    String model;

    @Option(names = "--potential", paramLabel = "FILE",
            description = "A periodic potential from a LAMMPS-style file: the same as --model " + ModelRegistry.POTENTIAL_SCHEME + ":FILE.")
    java.nio.file.Path potential;

    @Option(names = "--cutoff", paramLabel = "Å",
            description = "Smooth non-bonded cutoff (Å): vdW and electrostatics switched to zero over the last 2 Å "
                    + "(continuous gradient and Hessian; Coulomb also shifted to zero at the cutoff); O(N) cost for "
                    + "large systems. Default: all pairs (exact).")
    Double cutoff;

    /** The registry to bind from: the given one, or one whose force fields use the --cutoff (exit 2 if it makes no sense). */
    ModelRegistry registry(CommandSpec spec, ModelRegistry base) {
        if (cutoff == null) return base;
        if (!(cutoff >= 2 && cutoff <= 1000))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cutoff must be between 2 and 1000 Å, got " + cutoff);
        return EnergyModels.withNonbondedCutoff(base, cutoff);
    }

    /** How non-bonded pairs were treated, for JSON records. */
    Map<String, Object> nonbondedJson() { return EnergyModels.nonbondedTreatment(cutoff); }

    /** The same in one line for text reports. */
    String nonbondedText() { return EnergyModels.nonbondedTreatmentText(cutoff); }

    /** What to ask the registry for: the --model value, or the --potential file as SCHEME:FILE. */
    String spec(picocli.CommandLine commandLine) {
        if (potential == null) return model;
        if (!model.equalsIgnoreCase(ModelRegistry.AUTO))
            throw new picocli.CommandLine.ParameterException(commandLine, "give either --model or --potential, not both");
        return ModelRegistry.POTENTIAL_SCHEME + ":" + potential;
    }

    /**
     * The periodic model a crystal run uses: --potential FILE, or --model ml:MODEL.json (a learned
     * potential); null when neither was given.
     */
    CrystalModelSpec crystalModel() {
        if (potential != null) return new CrystalModelSpec(ModelRegistry.POTENTIAL_SCHEME + ":" + potential, potential);
        return CrystalModelSpec.parse(model);
    }

    /** Lists the registry's ids in --help. */
    static final class ModelIds implements Iterable<String> {
        static ModelRegistry registry;
        @Override public java.util.Iterator<String> iterator() {
            return (registry == null ? List.of(ModelRegistry.AUTO) : registry.ids()).iterator();
        }
    }
}

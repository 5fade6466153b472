package dev.curvature.cli;

import dev.curvature.model.ModelRegistry;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * --model (and --potential), shared by every command that evaluates an energy model. A model from a
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

    /** What to ask the registry for: the --model value, or the --potential file as SCHEME:FILE. */
    String spec(picocli.CommandLine commandLine) {
        if (potential == null) return model;
        if (!model.equalsIgnoreCase(ModelRegistry.AUTO))
            throw new picocli.CommandLine.ParameterException(commandLine, "give either --model or --potential, not both");
        return ModelRegistry.POTENTIAL_SCHEME + ":" + potential;
    }

    /** Lists the registry's ids in --help. */
    static final class ModelIds implements Iterable<String> {
        static ModelRegistry registry;
        @Override public java.util.Iterator<String> iterator() {
            return (registry == null ? List.of(ModelRegistry.AUTO) : registry.ids()).iterator();
        }
    }
}

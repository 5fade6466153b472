package dev.curvature.cli;

import dev.curvature.model.ModelRegistry;
import picocli.CommandLine.Option;

import java.util.List;

/** --model, shared by every command that evaluates an energy model. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "MODEL", defaultValue = ModelRegistry.AUTO,
            description = "Energy model: ${COMPLETION-CANDIDATES}. auto uses MMFF94 if it types every atom, else UFF. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ModelIds.class)
    String model;

    /** Lists the registry's ids in --help. */
    static final class ModelIds implements Iterable<String> {
        static ModelRegistry registry;
        @Override public java.util.Iterator<String> iterator() {
            return (registry == null ? List.of(ModelRegistry.AUTO) : registry.ids()).iterator();
        }
    }
}

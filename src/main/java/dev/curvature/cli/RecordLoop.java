package dev.curvature.cli;

import dev.curvature.io.Record;
import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureReader;
import dev.curvature.io.StructureWriter;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every structure command does around its own work: read records one by one, report bad
 * records in one line and go on, warn about missing hydrogens, bind the chosen model (saying which
 * one "auto" picked), collect the structures to write with -o, and turn the outcome into the exit
 * code (0 all good, 1 some record failed).
 */
final class RecordLoop {

    /** A structure-level failure with a one-line message; the loop prints it and goes on. */
    static final class JobFailure extends Exception {
        JobFailure(String message) { super(message); }
    }

    /** The per-structure work with a bound model. Returns the structure to write with -o (or null for none). */
    @FunctionalInterface
    interface Job {
        Structure run(Record record, ModelRegistry.Binding binding) throws JobFailure;
    }

    /** The per-structure work of commands without an energy model. */
    @FunctionalInterface
    interface RecordJob {
        Structure run(Record record) throws JobFailure;
    }

    private RecordLoop() {}

    /**
     * Binds the model to each structure (saying once per run of records which one "auto" chose, and
     * why others were skipped), then runs the job.
     */
    static int run(CommandSpec spec, InputOptions input, OutputOption output, ModelRegistry registry, String model,
                   boolean quietNotes, Job job) {
        if (!registry.knows(model))
            throw new ParameterException(spec.commandLine(), "unknown model '" + model + "' (available: " + registry.available() + ")");
        PrintWriter err = spec.commandLine().getErr();
        String[] lastAutoModel = {null};
        return forEachRecord(spec, input, output, r -> {
            ModelRegistry.Binding binding;
            try {
                binding = registry.bind(model, r.structure());
            } catch (UnsupportedStructureException e) {
                throw new JobFailure(e.getMessage());
            }
            if (model.equalsIgnoreCase(ModelRegistry.AUTO) && !quietNotes
                    && (!binding.skipped().isEmpty() || !binding.model().name().equals(lastAutoModel[0]))) {
                for (String why : binding.skipped()) err.println(r.location() + ": note: " + why);
                err.println(r.location() + ": note: model auto: using " + binding.model().name());
                lastAutoModel[0] = binding.model().name();
            }
            err.flush();
            return job.run(r, binding);
        });
    }

    /** Reads every record, reports bad ones in one line, runs the job on the others, writes -o. */
    static int forEachRecord(CommandSpec spec, InputOptions input, OutputOption output, RecordJob job) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path inputFile = input.file();
        try {
            if (output != null) output.check(inputFile);
        } catch (StructureInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Structure> written = new ArrayList<>();
        int failures = 0;
        int records = 0;
        try (StructureReader reader = input.open()) {
            while (reader.hasNext()) {
                Record r = reader.next();
                records++;
                if (!r.isOk()) { err.println(r.errorMessage()); err.flush(); failures++; continue; }
                for (String w : r.warnings()) err.println(r.location() + ": warning: " + w);
                if (r.missingHydrogens())
                    err.println(r.location() + ": warning: hydrogens are missing (heavy atoms only or implicit hydrogens);"
                            + " results are not meaningful without them (use --add-hydrogens)");
                try {
                    Structure result = job.run(r);
                    if (result != null) written.add(result);
                } catch (JobFailure | IllegalArgumentException e) {
                    // IllegalArgumentException: the engine's one-line refusals (e.g. overlapping atoms)
                    err.println(r.location() + ": " + e.getMessage());
                    failures++;
                }
                out.flush();
                err.flush();
            }
            if (records == 0) { err.println(reader.noStructuresMessage()); return Main.FAILED; }
        } catch (StructureInputException e) {
            err.println(e.getMessage());
            return Main.FAILED;
        } catch (java.io.IOException e) {
            err.println(input.input + ": " + e.getMessage());
            return Main.FAILED;
        }
        if (output != null && output.output != null && !written.isEmpty()) {
            try {
                StructureWriter.write(output.output, written, OutputOption.inputs(inputFile));
            } catch (StructureInputException e) {
                err.println(e.getMessage());
                return Main.FAILED;
            }
        }
        return failures > 0 ? Main.FAILED : Main.OK;
    }
}

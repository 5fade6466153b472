package dev.curvature.model;

import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.structure.Structure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Real molecules for the contract tests: the bundled examples and MMFF94 validation-suite records. */
final class ContractMolecules {
    private ContractMolecules() {}

    /** examples/NAME.sdf. */
    static Structure example(String name) throws Exception {
        return first(Path.of("examples", name + ".sdf"), null);
    }

    /** The record titled {@code title} in a file of the MMFF94 validation suite (../shared). */
    static Structure suite(String file, String title) throws Exception {
        Path dir = Path.of(System.getProperty("curvature.shared.dir", "../shared"), "data", "mmff94-validation");
        if (!Files.isDirectory(dir)) throw new IllegalStateException("MMFF94 validation suite not found at " + dir.toAbsolutePath());
        return first(dir.resolve(file), title);
    }

    private static Structure first(Path file, String title) throws Exception {
        try (StructureReader r = StructureReader.open(file, ReadOptions.DEFAULT)) {
            for (Record rec = r.next(); rec != null; rec = r.next()) {
                if (title != null && !title.equals(rec.title().trim())) continue;
                if (!rec.isOk()) throw new IllegalStateException(rec.location() + ": " + rec.reason());
                return rec.structure();
            }
        }
        throw new IllegalStateException("no record " + title + " in " + file);
    }

    /**
     * {@code count} copies of the positions, each displaced randomly by up to {@code amplitude} Å per
     * coordinate, so that no term sits exactly at its minimum or on a symmetric point.
     */
    static List<Configuration> perturbed(Structure s, int count, double amplitude, long seed) {
        Random random = new Random(seed);
        List<Configuration> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double[] x = s.positions();
            for (int i = 0; i < x.length; i++) x[i] += amplitude * (2 * random.nextDouble() - 1);
            out.add(Configuration.molecule(x));
        }
        return out;
    }
}

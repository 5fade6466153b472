package dev.curvature.testing;

import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.structure.Structure;

import java.nio.file.Path;

/** The benchmark molecules of tools/bench/bench-molecules.sdf, by title, for tests. */
public final class BenchMolecules {
    private BenchMolecules() {}

    public static Structure named(String title) throws Exception {
        try (StructureReader r = StructureReader.open(Path.of("tools", "bench", "bench-molecules.sdf"), ReadOptions.DEFAULT)) {
            while (r.hasNext()) {
                Structure s = r.next().structure();
                if (s.name().equals(title)) return s;
            }
        }
        throw new AssertionError(title + " not in bench-molecules.sdf");
    }
}

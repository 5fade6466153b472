package dev.curvature.bench;

import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureReader;
import dev.curvature.structure.Structure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads tools/bench/bench-molecules.sdf with the project's own reader, as `curvature` would. */
final class BenchMolecules {
    static final Path DEFAULT_SDF = Path.of("tools", "bench", "bench-molecules.sdf");

    private BenchMolecules() { }

    static List<Structure> read(Path sdf) throws IOException {
        List<Structure> out = new ArrayList<>();
        try (StructureReader reader = StructureReader.open(sdf, ReadOptions.DEFAULT)) {
            while (reader.hasNext()) {
                Record r = reader.next();
                if (!r.isOk()) throw new IOException(r.errorMessage());
                out.add(r.structure());
            }
        } catch (StructureInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (out.isEmpty()) throw new IOException("no molecules in " + sdf);
        return out;
    }
}

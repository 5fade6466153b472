package dev.curvature.workflow;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;

import java.nio.file.Path;

/** The bundled examples (examples/*.sdf) with MMFF94 potentials, for the frequency tests. */
final class ExampleMolecules {
    private ExampleMolecules() {}

    static Structure read(String name) throws Exception {
        try (StructureReader r = StructureReader.open(Path.of("examples", name + ".sdf"), ReadOptions.DEFAULT)) {
            Record rec = r.next();
            if (!rec.isOk()) throw new IllegalStateException(rec.errorMessage());
            return rec.structure();
        }
    }

    static Potential mmff94(Structure s) throws Exception {
        return MmffForceField.forName("MMFF94").bind(s);
    }
}

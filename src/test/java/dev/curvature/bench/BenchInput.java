package dev.curvature.bench;

import dev.curvature.build.embed.ConformerBuilder;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.structure.Structure;

import java.nio.file.Files;
import java.nio.file.Path;

/** The molecule of a stage benchmark: the first record of a structure file, else a SMILES embedded here. */
final class BenchInput {
    private BenchInput() {}

    static Structure structure(String fileOrSmiles) throws Exception {
        Path p = Path.of(fileOrSmiles);
        if (Files.isRegularFile(p))
            try (StructureReader r = StructureReader.open(p, ReadOptions.DEFAULT)) {
                return r.next().structure();
            }
        return ConformerBuilder.embedSmiles(fileOrSmiles, "bench");
    }

    /** The structure with positions (Å, one number per line or whitespace-separated) read from a file. */
    static Structure withPositions(Structure s, String file) throws Exception {
        String[] f = Files.readString(Path.of(file)).trim().split("\\s+");
        double[] x = new double[f.length];
        for (int i = 0; i < f.length; i++) x[i] = Double.parseDouble(f[i]);
        return s.withPositions(x);
    }
}

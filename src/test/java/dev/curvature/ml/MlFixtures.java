package dev.curvature.ml;

import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.potential.Crystals;
import dev.curvature.structure.Cell;

import java.util.List;
import java.util.Random;

/** Small bases, random coefficients and rattled cells shared by the learned-potential tests. */
final class MlFixtures {
    private MlFixtures() {}

    /** Two elements so that mixed pairs and both three-body block shapes are exercised. */
    static final BasisSpec SIC = new BasisSpec(List.of("Si", "C"), 3.6, 4, 3, 3);

    /** The same features, energy also quadratic in them (qSNAP-like). */
    static final BasisSpec SIC_QUADRATIC = new BasisSpec(List.of("Si", "C"), 3.6, 3, 2, 2, true);

    /** Diamond-structure SiC types: Si on the fcc sites, C on the tetrahedral ones. */
    static final int[] SIC_TYPES = {0, 0, 0, 0, 1, 1, 1, 1};

    static double[] randomTheta(BasisSpec spec, long seed, double scale) {
        Random r = new Random(seed);
        double[] t = new double[spec.parameterCount()];
        for (int k = 0; k < t.length; k++) t[k] = scale * r.nextGaussian();
        return t;
    }

    static Cell skewed(double a) { return Crystals.skewed(a); }

    static double[] rattledDiamond(Cell cell, double amplitude, long seed) {
        return Crystals.rattle(Crystals.place(Crystals.diamondSites(), cell), amplitude, seed);
    }
}

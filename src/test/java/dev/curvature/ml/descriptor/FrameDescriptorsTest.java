package dev.curvature.ml.descriptor;

import dev.curvature.ml.LinearMlPotential;
import dev.curvature.ml.QuadraticMlPotential;
import dev.curvature.model.Potential;
import dev.curvature.model.Configuration;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.potential.Crystals;
import dev.curvature.structure.Cell;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The per-frame descriptor sums and their analytic derivatives: against central differences in
 * positions and strain, invariant under translation, rotation and permutation of like atoms, and
 * consistent with the contracted evaluation in {@link LinearMlPotential}.
 */
class FrameDescriptorsTest {
    private static final BasisSpec SPEC = new BasisSpec(List.of("Si", "C"), 3.6, 4, 3, 3);
    private static final int[] TYPES = {0, 0, 0, 0, 1, 1, 1, 1};
    private static final Cell CELL = Crystals.skewed(4.36);
    private static final double[] X = Crystals.rattle(Crystals.place(Crystals.diamondSites(), CELL), 0.1, 17);

    /** Smaller features, with their products G_f G_g as further columns (the quadratic model's). */
    private static final BasisSpec QUADRATIC = new BasisSpec(List.of("Si", "C"), 3.6, 3, 2, 2, true);

    private static FrameDescriptors at(double[] x, Cell cell) { return FrameDescriptors.compute(SPEC, TYPES, x, cell, true); }

    @Test void positionDerivativesMatchCentralDifferences() {
        positionDerivatives(SPEC);
    }

    @Test void quadraticColumnsAndTheirDerivativesMatchCentralDifferences() {
        positionDerivatives(QUADRATIC);
        strainDerivatives(QUADRATIC);
        FrameDescriptors lin = FrameDescriptors.compute(new BasisSpec(List.of("Si", "C"), 3.6, 3, 2, 2), TYPES, X, CELL, false),
                quad = FrameDescriptors.compute(QUADRATIC, TYPES, X, CELL, false);
        int k = QUADRATIC.featureCount(), c = QUADRATIC.columns();
        for (int t = 0; t < 2; t++)
            for (int f = 0; f < k; f++) assertEquals(lin.sums[t * k + f], quad.sums[t * c + f], 1e-12, "linear part of the quadratic columns");
    }

    private static void positionDerivatives(BasisSpec spec) {
        FrameDescriptors d = FrameDescriptors.compute(spec, TYPES, X, CELL, true);
        int cols = d.sums.length, n3 = X.length;
        double h = 1e-5, worst = 0, scale = 0;
        for (int a = 0; a < n3; a++) {
            double[] xp = X.clone(), xm = X.clone();
            xp[a] += h; xm[a] -= h;
            FrameDescriptors p = FrameDescriptors.compute(spec, TYPES, xp, CELL, false), m = FrameDescriptors.compute(spec, TYPES, xm, CELL, false);
            for (int c = 0; c < cols; c++) {
                double fd = (p.sums[c] - m.sums[c]) / (2 * h);
                worst = Math.max(worst, Math.abs(fd - d.gradient[c * n3 + a]));
                scale = Math.max(scale, Math.abs(fd));
            }
        }
        assertTrue(scale > 0.01, "descriptors must depend on positions");
        assertTrue(worst < 1e-7 * Math.max(1, scale), "max |analytic - central difference| = " + worst + " (scale " + scale + ")");
    }

    @Test void strainDerivativesMatchStrainedCells() {
        strainDerivatives(SPEC);
    }

    private static void strainDerivatives(BasisSpec spec) {
        FrameDescriptors d = FrameDescriptors.compute(spec, TYPES, X, CELL, true);
        double h = 1e-6, worst = 0, scale = 0;
        for (int ab = 0; ab < 9; ab++) {
            FrameDescriptors p = strained(spec, ab, h), m = strained(spec, ab, -h);
            for (int c = 0; c < d.sums.length; c++) {
                double fd = (p.sums[c] - m.sums[c]) / (2 * h);
                worst = Math.max(worst, Math.abs(fd - d.strain[c * 9 + ab]));
                scale = Math.max(scale, Math.abs(fd));
            }
        }
        assertTrue(scale > 0.01);
        assertTrue(worst < 1e-6 * Math.max(1, scale), "max |analytic - strained difference| = " + worst);
    }

    /** Positions and cell rows under x → (I + ε) x with a single component ε_ab = e. */
    private static FrameDescriptors strained(BasisSpec spec, int ab, double e) {
        int a = ab / 3, b = ab % 3;
        double[] x = X.clone();
        for (int i = 0; i < x.length; i += 3) x[i + a] += e * X[i + b];
        double[][] v = CELL.vectorsAngstrom(), w = new double[3][3];
        for (int r = 0; r < 3; r++) {
            w[r] = v[r].clone();
            w[r][a] += e * v[r][b];
        }
        return FrameDescriptors.compute(spec, TYPES, x, new Cell(w), false);
    }

    @Test void invariantUnderTranslationRotationAndPermutation() {
        double[] ref = at(X, CELL).sums;
        // rigid translation
        double[] t = X.clone();
        for (int i = 0; i < t.length; i++) t[i] += 0.37 * (i % 3 + 1);
        assertArrayEquals(ref, at(t, CELL).sums, 1e-9);
        // rotation of atoms and cell together
        double th = 0.7, c = Math.cos(th), s = Math.sin(th);
        double[][] rot = {{c, -s, 0}, {s * 0.6, c * 0.6, 0.8}, {-s * 0.8, -c * 0.8, 0.6}};
        double[] xr = new double[X.length];
        for (int i = 0; i < X.length; i += 3)
            for (int r = 0; r < 3; r++) xr[i + r] = rot[r][0] * X[i] + rot[r][1] * X[i + 1] + rot[r][2] * X[i + 2];
        double[][] v = CELL.vectorsAngstrom(), vr = new double[3][3];
        for (int k = 0; k < 3; k++)
            for (int r = 0; r < 3; r++) vr[k][r] = rot[r][0] * v[k][0] + rot[r][1] * v[k][1] + rot[r][2] * v[k][2];
        assertArrayEquals(ref, at(xr, new Cell(vr)).sums, 1e-9);
        // swapping two Si atoms (types unchanged: both Si)
        double[] p = X.clone();
        for (int k = 0; k < 3; k++) { p[k] = X[3 + k]; p[3 + k] = X[k]; }
        assertArrayEquals(ref, at(p, CELL).sums, 1e-9);
    }

    @Test void contractedPotentialEqualsCoefficientsTimesDescriptors() {
        contractedEqualsDesign(SPEC);
    }

    /** The quadratic potential (w = c + S G per atom, Jᵀ S J) equals θ · D with the product columns: what the fit assumes. */
    @Test void quadraticPotentialEqualsCoefficientsTimesColumns() {
        contractedEqualsDesign(QUADRATIC);
    }

    private static void contractedEqualsDesign(BasisSpec spec) {
        Random r = new Random(5);
        double[] theta = new double[spec.parameterCount()];
        for (int k = 0; k < theta.length; k++) theta[k] = 0.1 * r.nextGaussian();
        Potential pot = spec.quadratic() ? new QuadraticMlPotential("t", spec, TYPES, theta) : new LinearMlPotential("t", spec, TYPES, theta);
        Results res = Results.request(8, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
        pot.compute(Configuration.periodic(X, CELL), res, null);
        FrameDescriptors d = FrameDescriptors.compute(spec, TYPES, X, CELL, true);
        int s = spec.species(), cols = d.sums.length, n3 = X.length;
        double e = 0;
        for (int t = 0; t < s; t++) e += theta[t] * d.counts[t];
        for (int c = 0; c < cols; c++) e += theta[s + c] * d.sums[c];
        assertEquals(e, res.energy(), 1e-10 * Math.max(1, Math.abs(e)));
        for (int a = 0; a < n3; a++) {
            double g = 0;
            for (int c = 0; c < cols; c++) g += theta[s + c] * d.gradient[c * n3 + a];
            assertEquals(g, res.gradient()[a], 1e-10, "gradient " + a);
        }
        for (int ab = 0; ab < 9; ab++) {
            double g = 0;
            for (int c = 0; c < cols; c++) g += theta[s + c] * d.strain[c * 9 + ab];
            assertEquals(g, res.strainDerivative()[ab], 1e-10, "strain derivative " + ab);
        }
    }

    @Test void featureCountMatchesLayout() {
        // 2 elements × 4 two-body + (Si-Si 6 + Si-C 9 + C-C 6 radial pairs) × 4 orders
        assertEquals(8 + 21 * 4, SPEC.featureCount());
        assertEquals(8, SPEC.threeBodyOffset(0, 0));
        assertEquals(8 + 24, SPEC.threeBodyOffset(1, 0));
        assertEquals(8 + 24 + 36, SPEC.threeBodyOffset(1, 1));
    }
}

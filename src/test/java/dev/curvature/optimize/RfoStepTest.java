package dev.curvature.optimize;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The secular-equation RFO steps equal the ones from diagonalising the augmented Hessian directly. */
class RfoStepTest {

    /** Step from the lowest eigenvector (v, t) of [[diag(b), g], [gᵀ, 0]]: s = v / t. */
    static double[] augmentedStep(double[] b, double[] g, boolean lowest) {
        int n = b.length;
        DMatrixRMaj a = new DMatrixRMaj(n + 1, n + 1);
        for (int i = 0; i < n; i++) {
            a.set(i, i, b[i]);
            a.set(i, n, g[i]);
            a.set(n, i, g[i]);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n + 1, true, true);
        eig.decompose(a);
        int pick = 0;
        for (int i = 1; i <= n; i++) {
            double vi = eig.getEigenvalue(i).getReal(), vp = eig.getEigenvalue(pick).getReal();
            if (lowest ? vi < vp : vi > vp) pick = i;
        }
        DMatrixRMaj v = eig.getEigenVector(pick);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = v.get(i) / v.get(n);
        return s;
    }

    @Test
    void minimisationStepMatchesTheAugmentedHessian() {
        Random r = new Random(4);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + r.nextInt(8);
            double[] b = new double[n], g = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = (trial % 2 == 0 ? 0.1 : -3) + 10 * r.nextDouble(); // odd trials: some negative curvature
                g[i] = 4 * r.nextDouble() - 2;
            }
            java.util.Arrays.sort(b);
            double[] expected = augmentedStep(b, g, true), actual = RfoStep.minimize(b, g);
            for (int i = 0; i < n; i++) assertEquals(expected[i], actual[i], 1e-9 * (1 + Math.abs(expected[i])), "trial " + trial);
        }
    }

    @Test
    void partitionedStepMatchesTheTwoAugmentedProblems() {
        Random r = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 3 + r.nextInt(6), p = r.nextInt(n);
            double[] b = new double[n], g = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = -2 + 10 * r.nextDouble();
                g[i] = 4 * r.nextDouble() - 2;
            }
            double[] actual = RfoStep.saddle(b, g, p);
            // maximisation along p: highest eigenpair of the 2×2 [[b_p, g_p], [g_p, 0]]
            double[] up = augmentedStep(new double[] {b[p]}, new double[] {g[p]}, false);
            assertEquals(up[0], actual[p], 1e-9 * (1 + Math.abs(up[0])));
            // minimisation along the rest: lowest eigenpair of their augmented Hessian
            double[] bm = new double[n - 1], gm = new double[n - 1];
            for (int i = 0, j = 0; i < n; i++) if (i != p) { bm[j] = b[i]; gm[j++] = g[i]; }
            double[] down = augmentedStep(bm, gm, true);
            for (int i = 0, j = 0; i < n; i++)
                if (i != p) assertEquals(down[j], actual[i], 1e-9 * (1 + Math.abs(down[j++])), "trial " + trial);
        }
    }

    private static double model(double[] b, double[] g, double[] s) {
        double m = 0;
        for (int i = 0; i < b.length; i++) m += g[i] * s[i] + 0.5 * b[i] * s[i] * s[i];
        return m;
    }

    private static double norm(double[] s) {
        double sum = 0;
        for (double v : s) sum += v * v;
        return Math.sqrt(sum);
    }

    /**
     * A step that fits the radius is the RFO step; a longer one becomes the step of exactly the radius
     * that minimises the quadratic model on the sphere: no point of the sphere (random ones, and
     * the scaled-down RFO step in particular) has a lower model energy.
     */
    @Test
    void restrictedStepIsTheModelMinimumOnTheTrustSphere() {
        Random r = new Random(6);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + r.nextInt(8);
            double[] b = new double[n], g = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = (trial % 2 == 0 ? 0.1 : -3) + 10 * r.nextDouble();
                g[i] = (i == 0 && trial % 4 == 1 ? 0.01 : 4) * r.nextDouble() - (i == 0 && trial % 4 == 1 ? 0.005 : 2);
            }
            java.util.Arrays.sort(b);
            double[] rfo = RfoStep.minimize(b, g);
            double rfoLength = norm(rfo);
            double[] same = RfoStep.minimize(b, g, 2 * rfoLength);
            for (int i = 0; i < n; i++) assertEquals(rfo[i], same[i], 0.0, "fits the radius: the RFO step itself");
            double radius = 0.3 * rfoLength;
            double[] s = RfoStep.minimize(b, g, radius);
            assertEquals(radius, norm(s), 1e-9 * radius, "trial " + trial);
            double best = model(b, g, s);
            double[] scaled = rfo.clone();
            for (int i = 0; i < n; i++) scaled[i] *= radius / rfoLength;
            assertTrue(best <= model(b, g, scaled) + 1e-12, "trial " + trial + ": below the scaled RFO step");
            for (int k = 0; k < 2000; k++) {
                double[] p = new double[n];
                for (int i = 0; i < n; i++) p[i] = r.nextGaussian();
                double len = norm(p);
                for (int i = 0; i < n; i++) p[i] *= radius / len;
                assertTrue(best <= model(b, g, p) + 1e-12, "trial " + trial + ": a point of the sphere is lower");
            }
        }
    }
}

package dev.curvature.forcefield.geometry;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Finite-difference and invariance checks shared by the internal-coordinate tests. */
final class DerivativeChecks {

    /** A k-atom internal coordinate evaluated on global positions. */
    interface Coordinate {
        double eval(double[] x, double[] grad, double[] hess);
    }

    /** Default finite-difference step (Å). */
    static final double STEP = 1e-4;

    private DerivativeChecks() {
    }

    /**
     * Largest deviation of the analytic gradient from finite differences of the value, relative to
     * max(1, |g|∞). Differences are central with Richardson extrapolation (steps h and h/2, error
     * O(h⁴)), so that FD truncation does not mask or fake errors near singular geometries.
     */
    static double gradientError(Coordinate c, double[] x, int[] atoms, double step) {
        int k = atoms.length;
        double[] g = new double[3 * k];
        c.eval(x, g, null);
        double scale = Math.max(1.0, maxAbs(g));
        double worst = 0;
        double[] xp = x.clone();
        for (int s = 0; s < k; s++) {
            for (int i = 0; i < 3; i++) {
                int gi = 3 * atoms[s] + i;
                double d1 = valueDifference(c, x, xp, gi, step);
                double d2 = valueDifference(c, x, xp, gi, step / 2);
                double fd = (4 * d2 - d1) / 3;
                worst = Math.max(worst, Math.abs(fd - g[3 * s + i]) / scale);
            }
        }
        return worst;
    }

    private static double valueDifference(Coordinate c, double[] x, double[] xp, int gi, double h) {
        xp[gi] = x[gi] + h;
        double fp = c.eval(xp, null, null);
        xp[gi] = x[gi] - h;
        double fm = c.eval(xp, null, null);
        xp[gi] = x[gi];
        // periodic coordinates (dihedrals) may cross the ±π branch cut within one step
        return Math.IEEEremainder(fp - fm, 2 * Math.PI) / (2 * h);
    }

    /**
     * Largest deviation of the analytic Hessian from finite differences of the analytic gradient
     * (central, Richardson-extrapolated), relative to max(1, |H|∞).
     */
    static double hessianError(Coordinate c, double[] x, int[] atoms, double step) {
        int k = atoms.length, n = 3 * k;
        double[] h = new double[n * n];
        c.eval(x, null, h);
        double scale = Math.max(1.0, maxAbs(h));
        double[] d1 = new double[n], d2 = new double[n], gp = new double[n], gm = new double[n];
        double[] xp = x.clone();
        double worst = 0;
        for (int s = 0; s < k; s++) {
            for (int i = 0; i < 3; i++) {
                int gi = 3 * atoms[s] + i;
                gradientDifference(c, x, xp, gi, step, gp, gm, d1);
                gradientDifference(c, x, xp, gi, step / 2, gp, gm, d2);
                int row = 3 * s + i;
                for (int j = 0; j < n; j++) {
                    double fd = (4 * d2[j] - d1[j]) / 3;
                    worst = Math.max(worst, Math.abs(fd - h[row * n + j]) / scale);
                }
            }
        }
        return worst;
    }

    private static void gradientDifference(Coordinate c, double[] x, double[] xp, int gi, double h,
                                           double[] gp, double[] gm, double[] out) {
        xp[gi] = x[gi] + h;
        c.eval(xp, gp, null);
        xp[gi] = x[gi] - h;
        c.eval(xp, gm, null);
        xp[gi] = x[gi];
        for (int j = 0; j < out.length; j++) out[j] = (gp[j] - gm[j]) / (2 * h);
    }

    /** Runs every structural check on one geometry; returns {gradient error, Hessian error}. */
    static double[] checkAll(String label, Coordinate c, double[] x, int[] atoms, double gradTol, double hessTol) {
        return checkAll(label, c, x, atoms, gradTol, hessTol, STEP);
    }

    /** As above with a given finite-difference step (smaller near singular geometries). */
    static double[] checkAll(String label, Coordinate c, double[] x, int[] atoms, double gradTol, double hessTol,
                             double step) {
        int k = atoms.length, n = 3 * k;
        double[] g = new double[n], h = new double[n * n];
        double v0 = c.eval(x, null, null);
        double v1 = c.eval(x, g, null);
        double v2 = c.eval(x, g.clone(), h);
        assertEquals(v0, v1, 0.0, label + ": value depends on whether derivatives are requested");
        assertEquals(v0, v2, 0.0, label + ": value depends on whether derivatives are requested");
        double[] g2 = new double[n];
        c.eval(x, g2, h);
        for (int i = 0; i < n; i++)
            assertEquals(g[i], g2[i], 0.0, label + ": gradient depends on whether the Hessian is requested");

        double gScale = Math.max(1.0, maxAbs(g)), hScale = Math.max(1.0, maxAbs(h));
        // translational invariance: gradient and Hessian rows sum to zero over atoms
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int s = 0; s < k; s++) sum += g[3 * s + i];
            assertEquals(0.0, sum, 1e-12 * gScale, label + ": gradient sum rule, component " + i);
        }
        for (int r = 0; r < n; r++)
            for (int i = 0; i < 3; i++) {
                double sum = 0;
                for (int s = 0; s < k; s++) sum += h[r * n + 3 * s + i];
                assertEquals(0.0, sum, 1e-11 * hScale, label + ": Hessian sum rule, row " + r);
            }
        // rotational invariance of the value: sum over atoms of x × g vanishes
        double[] torque = new double[3];
        for (int s = 0; s < k; s++) {
            int o = 3 * atoms[s];
            double px = x[o], py = x[o + 1], pz = x[o + 2];
            double gx = g[3 * s], gy = g[3 * s + 1], gz = g[3 * s + 2];
            torque[0] += py * gz - pz * gy;
            torque[1] += pz * gx - px * gz;
            torque[2] += px * gy - py * gx;
        }
        for (int i = 0; i < 3; i++)
            assertEquals(0.0, torque[i], 1e-11 * gScale * (1 + maxAbs(x)), label + ": rotational sum rule");
        // symmetry
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++)
                assertEquals(h[i * n + j], h[j * n + i], 1e-13 * hScale, label + ": Hessian not symmetric at " + i + "," + j);

        double ge = gradientError(c, x, atoms, step);
        double he = hessianError(c, x, atoms, step);
        if (!(ge <= gradTol)) fail(label + ": gradient vs finite differences off by " + ge);
        if (!(he <= hessTol)) fail(label + ": Hessian vs finite differences off by " + he);
        return new double[]{ge, he};
    }

    /** Value unchanged by a random rigid rotation + translation of all atoms. */
    static void checkRigidInvariance(String label, Coordinate c, double[] x, Random rnd, double tol) {
        double v = c.eval(x, null, null);
        double[] r = randomRotation(rnd);
        double tx = rnd.nextGaussian() * 5, ty = rnd.nextGaussian() * 5, tz = rnd.nextGaussian() * 5;
        double[] y = new double[x.length];
        for (int a = 0; a < x.length / 3; a++) {
            double px = x[3 * a], py = x[3 * a + 1], pz = x[3 * a + 2];
            y[3 * a] = r[0] * px + r[1] * py + r[2] * pz + tx;
            y[3 * a + 1] = r[3] * px + r[4] * py + r[5] * pz + ty;
            y[3 * a + 2] = r[6] * px + r[7] * py + r[8] * pz + tz;
        }
        assertEquals(v, c.eval(y, null, null), tol, label + ": value changed under rigid motion");
    }

    /** A uniformly random proper rotation matrix (row-major) from a random unit quaternion. */
    static double[] randomRotation(Random rnd) {
        double a = rnd.nextGaussian(), b = rnd.nextGaussian(), c = rnd.nextGaussian(), d = rnd.nextGaussian();
        double n = Math.sqrt(a * a + b * b + c * c + d * d);
        a /= n; b /= n; c /= n; d /= n;
        return new double[]{
                a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
                2 * (b * c + a * d), a * a - b * b + c * c - d * d, 2 * (c * d - a * b),
                2 * (b * d - a * c), 2 * (c * d + a * b), a * a - b * b - c * c + d * d};
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** Random positions for `total` atoms in a box of half-width 1.5 Å. */
    static double[] randomPositions(Random rnd, int total) {
        double[] x = new double[3 * total];
        for (int i = 0; i < x.length; i++) x[i] = (rnd.nextDouble() * 2 - 1) * 1.5;
        return x;
    }

    /** Places atom `atom` at (px, py, pz). */
    static void put(double[] x, int atom, double px, double py, double pz) {
        x[3 * atom] = px;
        x[3 * atom + 1] = py;
        x[3 * atom + 2] = pz;
    }

    static void assertNonNegative(double v, String what) {
        assertTrue(v >= 0, what);
    }
}

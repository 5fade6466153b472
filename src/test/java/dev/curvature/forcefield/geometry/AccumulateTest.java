package dev.curvature.forcefield.geometry;

import dev.curvature.linalg.InternalCoordinates;
import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.model.Potential;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccumulateTest {

    /** A small scalar function of all positions with its own gradient/Hessian, as a Potential for FD. */
    private interface Energy {
        double eval(double[] x, double[] g, double[] h);
    }

    private static Potential asPotential(int atoms, Energy e) {
        return new dev.curvature.model.MolecularPotential() {
            @Override public int atomCount() { return atoms; }
            @Override public String modelName() { return "test"; }
            @Override protected boolean analyticHessian() { return true; }
            @Override public Map<String, Double> energyTerms(double[] x) { return Map.of("e", e.eval(x, null, null)); }
            @Override protected double energy(double[] x, double[] g, double[] h) {
                if (g != null) java.util.Arrays.fill(g, 0);
                if (h != null) java.util.Arrays.fill(h, 0);
                return e.eval(x, g, h);
            }
        };
    }

    /** Checks gradient against central FD of the energy and Hessian against FD of the gradient. */
    private static void checkDerivatives(String label, Potential p, double[] x, double gradTol, double hessTol) {
        int n3 = x.length;
        double[] g = new double[n3], h = new double[n3 * n3];
        p.evaluate(x, g, h);
        double step = 1e-5;
        double[] xp = x.clone();
        for (int i = 0; i < n3; i++) {
            xp[i] = x[i] + step;
            double ep = p.energy(xp);
            xp[i] = x[i] - step;
            double em = p.energy(xp);
            xp[i] = x[i];
            assertEquals((ep - em) / (2 * step), g[i], gradTol, label + ": gradient component " + i);
        }
        double[] hfd = new double[n3 * n3];
        FiniteDifferenceModel.hessianByDifferences(p, x, 1e-5, hfd);
        for (int i = 0; i < n3 * n3; i++) {
            assertEquals(hfd[i], h[i], hessTol, label + ": Hessian element " + i);
            assertEquals(h[(i % n3) * n3 + i / n3], h[i], 1e-12, label + ": Hessian symmetry " + i);
        }
    }

    private static double[] randomPositions(Random rnd, int atoms, double minDistance) {
        while (true) {
            double[] x = DerivativeChecks.randomPositions(rnd, atoms);
            boolean ok = true;
            for (int i = 0; i < atoms && ok; i++)
                for (int j = 0; j < i && ok; j++) {
                    double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                    ok = Math.sqrt(dx * dx + dy * dy + dz * dz) > minDistance;
                }
            if (ok) return x;
        }
    }

    @Test
    void pairTermMatchesFiniteDifferences() {
        // Lennard-Jones E = 4ε((σ/r)¹² − (σ/r)⁶) over all pairs of 5 atoms
        double eps = 0.3, sigma = 1.1;
        Energy lj = (x, g, h) -> {
            int n = x.length / 3;
            double e = 0;
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) {
                    double r = InternalCoordinates.distance(x, i, j, null, null);
                    double s6 = Math.pow(sigma / r, 6), s12 = s6 * s6;
                    e += 4 * eps * (s12 - s6);
                    double d1 = 4 * eps * (-12 * s12 + 6 * s6) / r;
                    double d2 = 4 * eps * (156 * s12 - 42 * s6) / (r * r);
                    Accumulate.pair(x, i, j, d1, d2, g, h, x.length);
                }
            return e;
        };
        Random rnd = new Random(31);
        for (int t = 0; t < 20; t++) {
            double[] x = randomPositions(rnd, 5, 0.9);
            checkDerivatives("LJ #" + t, asPotential(5, lj), x, 1e-5, 1e-4);
        }
    }

    @Test
    void stretchBendWithOuterMatchesFiniteDifferences() {
        // E = k (r − r0)(θ − θ0) + ½ kb (r − r0)² + f(cos θ) on scattered atoms of a 6-atom system:
        // exercises gradient, hessian, outer (cross and self) and selfOuter.
        int[] bond = {4, 1};
        int[] angle = {4, 1, 3};
        double k = 2.5, r0 = 1.3, th0 = 1.9, kb = 300, kc = 7;
        Energy e = (x, g, h) -> {
            double[] gr = new double[6], hr = new double[36], gt = new double[9], ht = new double[81];
            double[] gc = new double[9], hc = new double[81];
            double r = InternalCoordinates.distance(x, bond[0], bond[1], gr, hr);
            double th = InternalCoordinates.bendAngle(x, angle[0], angle[1], angle[2], gt, ht);
            double c = InternalCoordinates.cosBendAngle(x, angle[0], angle[1], angle[2], gc, hc);
            double dr = r - r0, dt = th - th0;
            // f(c) = kc c³: f' = 3kc c², f'' = 6kc c
            double energy = k * dr * dt + 0.5 * kb * dr * dr + kc * c * c * c;
            int n3 = x.length;
            if (g != null) {
                Accumulate.gradient(g, bond, gr, k * dt + kb * dr);
                Accumulate.gradient(g, angle, gt, k * dr);
                Accumulate.gradient(g, angle, gc, 3 * kc * c * c);
            }
            if (h != null) {
                Accumulate.outer(h, n3, bond, gr, angle, gt, k);
                Accumulate.hessian(h, n3, angle, ht, k * dr);
                Accumulate.hessian(h, n3, bond, hr, k * dt + kb * dr);
                Accumulate.outer(h, n3, bond, gr, bond, gr, kb / 2);
                Accumulate.selfOuter(h, n3, angle, gc, 6 * kc * c);
                Accumulate.hessian(h, n3, angle, hc, 3 * kc * c * c);
            }
            return energy;
        };
        Random rnd = new Random(32);
        for (int t = 0; t < 20; t++) {
            double[] x = randomPositions(rnd, 6, 0.7);
            checkDerivatives("stretch-bend #" + t, asPotential(6, e), x, 1e-5, 1e-4);
        }
    }

    @Test
    void flatAtomSlicesMatchFiniteDifferences() {
        // a batched term: two stretch-bends whose atoms live in flat arrays (stride 2 and 3),
        // E = Σ k (r − r0)(c − c0) + ½ kc (c − c0)² with c = cos θ
        int[] bonds = {0, 2, 5, 3};
        int[] angles = {1, 2, 0, 4, 3, 5};
        double k = 3.0, r0 = 1.2, c0 = -0.3, kc = 40;
        Energy e = (x, g, h) -> {
            double[] gr = new double[6], hr = new double[36], gc = new double[9], hc = new double[81];
            int n3 = x.length;
            double energy = 0;
            for (int t = 0; t < 2; t++) {
                double r = InternalCoordinates.distance(x, bonds[2 * t], bonds[2 * t + 1], gr, hr);
                double c = InternalCoordinates.cosBendAngle(x, angles[3 * t], angles[3 * t + 1], angles[3 * t + 2], gc, hc);
                double dr = r - r0, dc = c - c0;
                energy += k * dr * dc + 0.5 * kc * dc * dc;
                if (g != null) {
                    Accumulate.gradient(g, bonds, 2 * t, 2, gr, k * dc);
                    Accumulate.gradient(g, angles, 3 * t, 3, gc, k * dr + kc * dc);
                }
                if (h != null) {
                    Accumulate.outer(h, n3, bonds, 2 * t, 2, gr, angles, 3 * t, 3, gc, k);
                    Accumulate.hessian(h, n3, bonds, 2 * t, 2, hr, k * dc);
                    Accumulate.hessian(h, n3, angles, 3 * t, 3, hc, k * dr + kc * dc);
                    Accumulate.selfOuter(h, n3, angles, 3 * t, 3, gc, kc);
                }
            }
            return energy;
        };
        Random rnd = new Random(33);
        for (int t = 0; t < 20; t++) {
            double[] x = randomPositions(rnd, 6, 0.7);
            checkDerivatives("flat stretch-bend #" + t, asPotential(6, e), x, 1e-5, 1e-4);
        }
    }
}

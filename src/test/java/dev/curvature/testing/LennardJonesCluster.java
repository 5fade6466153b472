package dev.curvature.testing;

import dev.curvature.model.Potential;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * All-pairs Lennard-Jones cluster 4ε[(σ/r)¹² − (σ/r)⁶] with hand-coded analytic gradient and
 * Hessian (radial pair derivatives): O(N²) per call like a force field's non-bonded loop, without
 * the allocation overhead of {@link Jet}, so optimizer timings on it are representative.
 * Argon-like defaults: ε = 0.238 kcal/mol, σ = 3.4 Å.
 */
public final class LennardJonesCluster extends dev.curvature.model.MolecularPotential {
    private final int atoms;
    private final double epsilon, sigma;

    public LennardJonesCluster(int atoms, double epsilonKcalPerMol, double sigmaAngstrom) {
        this.atoms = atoms;
        this.epsilon = epsilonKcalPerMol;
        this.sigma = sigmaAngstrom;
    }

    public LennardJonesCluster(int atoms) { this(atoms, 0.238, 3.4); }

    @Override public int atomCount() { return atoms; }
    @Override public String modelName() { return "lennard-jones"; }
    @Override protected boolean analyticHessian() { return true; }
    @Override public Map<String, Double> energyTerms(double[] x) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("vdw", energy(x));
        return m;
    }

    @Override protected double energy(double[] x, double[] g, double[] h) {
        int n3 = 3 * atoms;
        if (g != null) Arrays.fill(g, 0.0);
        if (h != null) Arrays.fill(h, 0.0);
        double e = 0, s6 = Math.pow(sigma, 6);
        double[] u = new double[3];
        for (int i = 0; i < atoms; i++)
            for (int j = i + 1; j < atoms; j++) {
                double r2 = 0;
                for (int k = 0; k < 3; k++) {
                    u[k] = x[3 * i + k] - x[3 * j + k];
                    r2 += u[k] * u[k];
                }
                double r = Math.sqrt(r2), inv6 = s6 / (r2 * r2 * r2), inv12 = inv6 * inv6;
                e += 4 * epsilon * (inv12 - inv6);
                if (g == null && h == null) continue;
                double d1 = 4 * epsilon * (-12 * inv12 + 6 * inv6) / r;          // dE/dr
                double d2 = 4 * epsilon * (156 * inv12 - 42 * inv6) / r2;        // d²E/dr²
                for (int k = 0; k < 3; k++) u[k] /= r;
                if (g != null)
                    for (int k = 0; k < 3; k++) {
                        g[3 * i + k] += d1 * u[k];
                        g[3 * j + k] -= d1 * u[k];
                    }
                if (h != null)
                    for (int a = 0; a < 3; a++)
                        for (int b = 0; b < 3; b++) {
                            double v = (d2 - d1 / r) * u[a] * u[b] + (a == b ? d1 / r : 0);
                            h[(3 * i + a) * n3 + 3 * i + b] += v;
                            h[(3 * j + a) * n3 + 3 * j + b] += v;
                            h[(3 * i + a) * n3 + 3 * j + b] -= v;
                            h[(3 * j + a) * n3 + 3 * i + b] -= v;
                        }
            }
        return e;
    }

    /** Atoms on a simple cubic grid of spacing 1.12σ (near the pair minimum), jittered by ±0.1σ. */
    public double[] jitteredGrid(long seed) {
        Random r = new Random(seed);
        int side = (int) Math.ceil(Math.cbrt(atoms));
        double a = 1.12 * sigma;
        double[] x = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            int ix = i % side, iy = (i / side) % side, iz = i / (side * side);
            x[3 * i] = ix * a + 0.1 * sigma * (2 * r.nextDouble() - 1);
            x[3 * i + 1] = iy * a + 0.1 * sigma * (2 * r.nextDouble() - 1);
            x[3 * i + 2] = iz * a + 0.1 * sigma * (2 * r.nextDouble() - 1);
        }
        return x;
    }
}

package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.nonbonded.NonbondedPairs;
import dev.curvature.periodic.NeighbourList;

/**
 * UFF Lennard-Jones 12-6 van der Waals, E = D_ij [(x_ij/r)¹² − 2 (x_ij/r)⁶] with x_ij = √(x_i x_j)
 * and D_ij = √(D_i D_j), over the pairs of a {@link NonbondedPairs} (beyond 1-3; all of them unless
 * a smooth cutoff was asked for). Memory is O(N): per-atom √x and √D, pairs generated on the fly.
 */
final class VdwTerms implements Term {
    private final double[] sqrtX, sqrtD;
    private final NonbondedPairs pairs;

    /**
     * @param sqrtX √x_i per atom (Å^½)
     * @param sqrtD √D_i per atom
     */
    VdwTerms(double[] sqrtX, double[] sqrtD, NonbondedPairs pairs) {
        this.sqrtX = sqrtX; this.sqrtD = sqrtD; this.pairs = pairs;
    }

    @Override public String name() { return "vdw"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        int n = sqrtX.length;
        NonbondedCutoff cut = pairs.cutoff();
        NeighbourList nl = pairs.neighbourList(x);
        double cut2 = cut == null ? Double.POSITIVE_INFINITY : cut.cutoffAngstrom() * cut.cutoffAngstrom();
        int[] js = pairs.newBuffer();
        double[] d = new double[3];
        double e = 0;
        for (int i = 0; i < n; i++) {
            int m = pairs.partners(i, nl, js);
            int a = 3 * i;
            for (int q = 0; q < m; q++) {
                int j = js[q] >> 1, b = 3 * j;
                double dx = x[b] - x[a], dy = x[b + 1] - x[a + 1], dz = x[b + 2] - x[a + 2];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= cut2) continue;
                double xij = sqrtX[i] * sqrtX[j], dij = sqrtD[i] * sqrtD[j];
                double q2 = xij * xij / r2, q6 = q2 * q2 * q2, q12 = q6 * q6;
                if (h == null && cut == null) {
                    e += dij * (q12 - 2 * q6);
                    if (g == null) continue;
                    // gradient only (the optimizer's path): dE/dr / r without a square root
                    double f = 12 * dij * (q6 - q12) / r2;
                    double fx = f * dx, fy = f * dy, fz = f * dz;
                    g[b] += fx; g[b + 1] += fy; g[b + 2] += fz;
                    g[a] -= fx; g[a + 1] -= fy; g[a + 2] -= fz;
                    continue;
                }
                double r = Math.sqrt(r2);
                d[0] = dij * (q12 - 2 * q6);
                d[1] = 12 * dij * (q6 - q12) / r;
                d[2] = dij * (156 * q12 - 84 * q6) / r2;
                if (cut != null) cut.switchPair(r, d);
                e += d[0];
                if (g != null || h != null) Accumulate.pair(x, i, j, d[1], d[2], g, h, n3);
            }
        }
        return e;
    }
}

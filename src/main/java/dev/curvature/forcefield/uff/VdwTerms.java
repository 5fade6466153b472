package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;

/**
 * UFF Lennard-Jones 12-6 van der Waals, E = D_ij [(x_ij/r)¹² − 2 (x_ij/r)⁶] with x_ij = √(x_i x_j)
 * and D_ij = √(D_i D_j), over every pair that is neither 1-2 nor 1-3, without cutoff. Memory is
 * O(N): per-atom √x, √D and, per atom, the sorted higher-index atoms it does not interact with.
 */
final class VdwTerms implements Term {
    private final double[] sqrtX, sqrtD;
    private final int[][] excludedAbove;
    /** Fragment of each atom, or null: pairs in different fragments are skipped when given. */
    private final int[] fragment;

    /**
     * @param sqrtX         √x_i per atom (Å^½)
     * @param sqrtD         √D_i per atom
     * @param excludedAbove for each atom i, the sorted atoms j &gt; i in a 1-2 or 1-3 relation to it
     * @param fragment      fragment index per atom to keep pairs within fragments only, or null
     */
    VdwTerms(double[] sqrtX, double[] sqrtD, int[][] excludedAbove, int[] fragment) {
        this.sqrtX = sqrtX; this.sqrtD = sqrtD; this.excludedAbove = excludedAbove; this.fragment = fragment;
    }

    @Override public String name() { return "vdw"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        int n = sqrtX.length;
        double e = 0;
        for (int i = 0; i < n; i++) {
            int[] skip = excludedAbove[i];
            int next = 0;
            int a = 3 * i;
            for (int j = i + 1; j < n; j++) {
                if (next < skip.length && skip[next] == j) { next++; continue; }
                if (fragment != null && fragment[i] != fragment[j]) continue;
                int b = 3 * j;
                double dx = x[b] - x[a], dy = x[b + 1] - x[a + 1], dz = x[b + 2] - x[a + 2];
                double r2 = dx * dx + dy * dy + dz * dz;
                double xij = sqrtX[i] * sqrtX[j], dij = sqrtD[i] * sqrtD[j];
                double q2 = xij * xij / r2, q6 = q2 * q2 * q2, q12 = q6 * q6;
                e += dij * (q12 - 2 * q6);
                if (h != null) {
                    double r = Math.sqrt(r2);
                    double dEdr = 12 * dij * (q6 - q12) / r;
                    double d2Edr2 = dij * (156 * q12 - 84 * q6) / r2;
                    Accumulate.pair(x, i, j, dEdr, d2Edr2, g, h, n3);
                } else if (g != null) {
                    // gradient only (the optimizer's path): dE/dr / r without a square root
                    double f = 12 * dij * (q6 - q12) / r2;
                    double fx = f * dx, fy = f * dy, fz = f * dz;
                    g[b] += fx; g[b + 1] += fy; g[b + 2] += fz;
                    g[a] -= fx; g[a + 1] -= fy; g[a + 2] -= fz;
                }
            }
        }
        return e;
    }
}

package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.units.Units;

/**
 * Optional Coulomb term E = k q_i q_j / (ε r) over the same pairs as van der Waals (beyond 1-3), no
 * cutoff. Not part of RDKit's UFF; off unless charges are supplied.
 */
final class ElectrostaticTerms implements Term {
    /** e²/(4πε₀·1 Å) in kcal/mol (≈ 332.0637). */
    static final double COULOMB_KCAL_A = Units.KCAL_PER_MOL_PER_HARTREE * Units.ANGSTROM_PER_BOHR;

    private final double[] scaledCharge;
    private final int[][] excludedAbove;
    /** Fragment of each atom, or null: pairs in different fragments are skipped when given. */
    private final int[] fragment;

    ElectrostaticTerms(double[] charges, double dielectric, int[][] excludedAbove, int[] fragment) {
        this.fragment = fragment;
        double s = Math.sqrt(COULOMB_KCAL_A / dielectric);
        this.scaledCharge = new double[charges.length];
        for (int a = 0; a < charges.length; a++) scaledCharge[a] = s * charges[a];
        this.excludedAbove = excludedAbove;
    }

    @Override public String name() { return "electrostatic"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        int n = scaledCharge.length;
        double e = 0;
        for (int i = 0; i < n; i++) {
            if (scaledCharge[i] == 0) continue;
            int[] skip = excludedAbove[i];
            int next = 0;
            int a = 3 * i;
            for (int j = i + 1; j < n; j++) {
                if (next < skip.length && skip[next] == j) { next++; continue; }
                if (fragment != null && fragment[i] != fragment[j]) continue;
                double qq = scaledCharge[i] * scaledCharge[j];
                if (qq == 0) continue;
                int b = 3 * j;
                double dx = x[b] - x[a], dy = x[b + 1] - x[a + 1], dz = x[b + 2] - x[a + 2];
                double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                double ep = qq / r;
                e += ep;
                if (h != null) {
                    Accumulate.pair(x, i, j, -ep / r, 2 * ep / (r * r), g, h, n3);
                } else if (g != null) {
                    double f = -ep / (r * r);
                    double fx = f * dx, fy = f * dy, fz = f * dz;
                    g[b] += fx; g[b + 1] += fy; g[b + 2] += fz;
                    g[a] -= fx; g[a + 1] -= fy; g[a + 2] -= fz;
                }
            }
        }
        return e;
    }
}

package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.nonbonded.NonbondedPairs;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.units.Units;

/**
 * Optional Coulomb term E = k q_i q_j / (ε r) over the same pairs as van der Waals (beyond 1-3; no
 * cutoff unless one was asked for). Not part of RDKit's UFF; off unless charges are supplied.
 * With a cutoff R_c the energy is shifted by its value at R_c and then switched, as in
 * {@link dev.curvature.forcefield.mmff.MmffElectrostaticTerm}.
 */
final class ElectrostaticTerms implements Term {
    /** e²/(4πε₀·1 Å) in kcal/mol (≈ 332.0637). */
    static final double COULOMB_KCAL_A = Units.KCAL_PER_MOL_PER_HARTREE * Units.ANGSTROM_PER_BOHR;

    private final double[] scaledCharge;
    private final NonbondedPairs pairs;

    ElectrostaticTerms(double[] charges, double dielectric, NonbondedPairs pairs) {
        double s = Math.sqrt(COULOMB_KCAL_A / dielectric);
        this.scaledCharge = new double[charges.length];
        for (int a = 0; a < charges.length; a++) scaledCharge[a] = s * charges[a];
        this.pairs = pairs;
    }

    @Override public String name() { return "electrostatic"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        int n = scaledCharge.length;
        NonbondedCutoff cut = pairs.cutoff();
        NeighbourList nl = pairs.neighbourList(x);
        double cut2 = cut == null ? Double.POSITIVE_INFINITY : cut.cutoffAngstrom() * cut.cutoffAngstrom();
        double shift = cut == null ? 0 : 1 / cut.cutoffAngstrom();
        int[] js = pairs.newBuffer();
        double[] d = new double[3];
        double e = 0;
        for (int i = 0; i < n; i++) {
            if (scaledCharge[i] == 0) continue;
            int m = pairs.partners(i, nl, js);
            int a = 3 * i;
            for (int q = 0; q < m; q++) {
                int j = js[q] >> 1, b = 3 * j;
                double qq = scaledCharge[i] * scaledCharge[j];
                if (qq == 0) continue;
                double dx = x[b] - x[a], dy = x[b + 1] - x[a + 1], dz = x[b + 2] - x[a + 2];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= cut2) continue;
                double r = Math.sqrt(r2);
                double coulomb = qq / r;
                d[0] = coulomb - qq * shift;
                d[1] = -coulomb / r;
                d[2] = 2 * coulomb / r2;
                if (cut != null) cut.switchPair(r, d);
                e += d[0];
                if (h != null) {
                    Accumulate.pair(x, i, j, d[1], d[2], g, h, n3);
                } else if (g != null) {
                    double f = d[1] / r;
                    double fx = f * dx, fy = f * dy, fz = f * dz;
                    g[b] += fx; g[b + 1] += fy; g[b + 2] += fz;
                    g[a] -= fx; g[a + 1] -= fy; g[a + 2] -= fz;
                }
            }
        }
        return e;
    }
}

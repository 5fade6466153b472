package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.ELECTROSTATIC_BUFFER;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;

/**
 * MMFF94 buffered Coulomb energy over a fixed pair list: E = C qi qj / (D (R + 0.05)ⁿ), n = 1 for a
 * constant dielectric and n = 2 for the distance-dependent one. The per-pair prefactor
 * C qi qj s / D (with s = 0.75 for 1-4 pairs) is fixed at bind time.
 */
public final class MmffElectrostaticTerm implements Term {
    private final int[] atomI, atomJ;
    private final double[] prefactor;
    private final boolean distanceDependent;

    /**
     * @param prefactorKcalAngstromPerMol 332.0716 qi qj s / D for each pair
     * @param distanceDependent           1/(R + δ)² instead of 1/(R + δ)
     */
    public MmffElectrostaticTerm(int[] atomI, int[] atomJ, double[] prefactorKcalAngstromPerMol, boolean distanceDependent) {
        int n = atomI.length;
        if (atomJ.length != n || prefactorKcalAngstromPerMol.length != n)
            throw new IllegalArgumentException("electrostatic pair arrays differ in length");
        this.atomI = atomI.clone();
        this.atomJ = atomJ.clone();
        this.prefactor = prefactorKcalAngstromPerMol.clone();
        this.distanceDependent = distanceDependent;
    }

    @Override public String name() { return "electrostatic"; }

    public int size() { return atomI.length; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double power = distanceDependent ? 2 : 1;
        double sum = 0;
        for (int p = 0; p < atomI.length; p++) {
            int i = 3 * atomI[p], j = 3 * atomJ[p];
            double dx = x[i] - x[j], dy = x[i + 1] - x[j + 1], dz = x[i + 2] - x[j + 2];
            double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double invS = 1.0 / (r + ELECTROSTATIC_BUFFER);
            double e = distanceDependent ? prefactor[p] * invS * invS : prefactor[p] * invS;
            sum += e;
            if (h != null) {
                Accumulate.pair(x, atomI[p], atomJ[p], -power * e * invS, power * (power + 1) * e * invS * invS, g, h, n3);
            } else if (g != null) {
                double f = -power * e * invS / r;
                double fx = f * dx, fy = f * dy, fz = f * dz;
                g[i] += fx; g[i + 1] += fy; g[i + 2] += fz;
                g[j] -= fx; g[j + 1] -= fy; g[j + 2] -= fz;
            }
        }
        return sum;
    }
}

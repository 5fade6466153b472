package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.ELECTROSTATIC_BUFFER;
import static dev.curvature.forcefield.mmff.MmffConstants.ELECTROSTATIC_SCALE_1_4;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.nonbonded.NonbondedPairs;
import dev.curvature.periodic.NeighbourList;

/**
 * MMFF94 buffered Coulomb energy over the pairs of a {@link NonbondedPairs}:
 * E = s C qi qj / (D (R + 0.05)ⁿ), n = 1 for a constant dielectric and n = 2 for the
 * distance-dependent one, s = 0.75 for 1-4 pairs. Per atom only √(C/D)·q is stored.
 *
 * <p>With a cutoff R_c the pair energy is shifted by its value at R_c before the switch is applied,
 * E = s C qi qj (1/(R + δ)ⁿ − 1/(R_c + δ)ⁿ) · S(R): forces below the switching distance are exact
 * Coulomb forces, and the shift acts as a neutralising charge on the cutoff sphere, which removes
 * the large systematic error of cutting bare Coulomb atom by atom (Wolf et al., J. Chem. Phys.
 * 110, 8254 (1999)).
 */
public final class MmffElectrostaticTerm implements Term {
    private final NonbondedPairs pairs;
    private final double[] scaledCharge;
    private final boolean distanceDependent;

    /**
     * @param chargesE          partial charges (e)
     * @param dielectric        relative permittivity D
     * @param distanceDependent 1/(R + δ)² instead of 1/(R + δ)
     */
    public MmffElectrostaticTerm(NonbondedPairs pairs, double[] chargesE, double dielectric, boolean distanceDependent) {
        if (chargesE.length != pairs.atomCount()) throw new IllegalArgumentException("one charge per atom needed");
        this.pairs = pairs;
        double s = Math.sqrt(MmffConstants.COULOMB / dielectric);
        this.scaledCharge = new double[chargesE.length];
        for (int a = 0; a < chargesE.length; a++) scaledCharge[a] = s * chargesE[a];
        this.distanceDependent = distanceDependent;
    }

    @Override public String name() { return "electrostatic"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        NonbondedCutoff cut = pairs.cutoff();
        NeighbourList nl = pairs.neighbourList(x);
        double cut2 = cut == null ? Double.POSITIVE_INFINITY : cut.cutoffAngstrom() * cut.cutoffAngstrom();
        double power = distanceDependent ? 2 : 1;
        double shift = cut == null ? 0 : Math.pow(cut.cutoffAngstrom() + ELECTROSTATIC_BUFFER, -power);
        int[] js = pairs.newBuffer();
        double[] e = new double[3];
        double sum = 0;
        for (int ia = 0; ia < scaledCharge.length; ia++) {
            double qi = scaledCharge[ia];
            if (qi == 0) continue;
            int m = pairs.partners(ia, nl, js);
            int i = 3 * ia;
            for (int q = 0; q < m; q++) {
                int ja = js[q] >> 1, j = 3 * ja;
                double qq = qi * scaledCharge[ja];
                if (qq == 0) continue;
                if ((js[q] & 1) != 0) qq *= ELECTROSTATIC_SCALE_1_4;
                double dx = x[i] - x[j], dy = x[i + 1] - x[j + 1], dz = x[i + 2] - x[j + 2];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= cut2) continue;
                double r = Math.sqrt(r2);
                double invS = 1.0 / (r + ELECTROSTATIC_BUFFER);
                double ep = distanceDependent ? qq * invS * invS : qq * invS;
                if (cut == null && h == null) {
                    sum += ep;
                    if (g == null) continue;
                    double f = -power * ep * invS / r;
                    double fx = f * dx, fy = f * dy, fz = f * dz;
                    g[i] += fx; g[i + 1] += fy; g[i + 2] += fz;
                    g[j] -= fx; g[j + 1] -= fy; g[j + 2] -= fz;
                    continue;
                }
                e[0] = ep - qq * shift;
                e[1] = -power * ep * invS;
                e[2] = power * (power + 1) * ep * invS * invS;
                if (cut != null) cut.switchPair(r, e);
                sum += e[0];
                if (g != null || h != null) Accumulate.pair(x, ia, ja, e[1], e[2], g, h, n3);
            }
        }
        return sum;
    }
}

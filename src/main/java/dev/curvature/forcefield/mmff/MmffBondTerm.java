package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.CUBIC_STRETCH;
import static dev.curvature.forcefield.mmff.MmffConstants.MDYNE_ANGSTROM_TO_KCAL;
import static dev.curvature.forcefield.mmff.MmffConstants.QUARTIC_STRETCH_FACTOR;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;

/**
 * MMFF94 bond stretching, a quartic in Δr = r − r0:
 * E = 143.9325 · kb/2 · Δr² (1 + cs Δr + 7/12 cs² Δr²), cs = −2 Å⁻¹.
 */
public final class MmffBondTerm implements Term {
    private final int[] atomI, atomJ;
    private final double[] kb, r0;

    /** One entry per bond: atoms (0-based), kb in md/Å, r0 in Å. */
    public MmffBondTerm(int[] atomI, int[] atomJ, double[] kbMdynPerAngstrom, double[] r0Angstrom) {
        int n = atomI.length;
        if (atomJ.length != n || kbMdynPerAngstrom.length != n || r0Angstrom.length != n)
            throw new IllegalArgumentException("bond arrays differ in length");
        this.atomI = atomI.clone();
        this.atomJ = atomJ.clone();
        this.kb = kbMdynPerAngstrom.clone();
        this.r0 = r0Angstrom.clone();
    }

    @Override public String name() { return "bond"; }

    public int size() { return atomI.length; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        boolean derivatives = g != null || h != null;
        int n3 = x.length;
        double sum = 0;
        double[] e = new double[3];
        for (int t = 0; t < atomI.length; t++) {
            int i = atomI[t], j = atomJ[t];
            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
            double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
            energy(r - r0[t], kb[t], e);
            sum += e[0];
            if (derivatives) Accumulate.pair(x, i, j, e[1], e[2], g, h, n3);
        }
        return sum;
    }

    /** Energy, dE/dr and d²E/dr² at stretch dr (Å) for force constant kb (md/Å), into out[0..2]. */
    static void energy(double dr, double kb, double[] out) {
        double c = 0.5 * MDYNE_ANGSTROM_TO_KCAL * kb;
        double cs = CUBIC_STRETCH, cq = QUARTIC_STRETCH_FACTOR * cs * cs;
        double dr2 = dr * dr;
        out[0] = c * dr2 * (1 + cs * dr + cq * dr2);
        out[1] = c * dr * (2 + 3 * cs * dr + 4 * cq * dr2);
        out[2] = c * (2 + 6 * cs * dr + 12 * cq * dr2);
    }
}

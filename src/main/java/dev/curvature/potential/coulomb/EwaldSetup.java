package dev.curvature.potential.coulomb;

import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * The Ewald splitting parameter α and the reciprocal lattice vectors, chosen once for a reference
 * cell the way LAMMPS's {@code kspace_style ewald ACC} chooses them (so numbers can be compared):
 * with the absolute accuracy ACC·q²/Å² (eV/Å), α from the real-space error estimate at the
 * Coulomb cutoff, k_max per direction from the reciprocal rms error, and every G = h·b1 + k·b2 +
 * l·b3 with |G|² ≤ max_d (2π k_max,d / L_d)². The integer triples are then kept fixed, so the
 * energy of strained cells is a smooth function of the strain (exact strain derivatives).
 *
 * @param alpha   splitting parameter (1/Å)
 * @param triples half of the G vectors (one of each ±G pair), as integer triples h, k, l
 */
public record EwaldSetup(double alpha, int[] triples) {
    /** LAMMPS's Coulomb constant in metal units, eV·Å/e² (qqr2e). */
    public static final double COULOMB = 14.399645;

    public int size() { return triples.length / 3; }

    public static EwaldSetup choose(double accuracyRelative, double coulombCutoff, Cell cell, double[] charges) {
        int n = charges.length;
        double q2 = 0;
        for (double q : charges) q2 += q * q;
        q2 *= COULOMB;
        if (q2 == 0) throw new IllegalArgumentException("every charge is zero: Ewald summation has nothing to sum");
        double accuracy = accuracyRelative * COULOMB;    // two unit charges 1 Å apart
        Lattice lat = new Lattice(cell);
        double volume = lat.volume();
        double g = accuracy * Math.sqrt(n * coulombCutoff * volume) / (2.0 * q2);
        double alpha = g >= 1 ? (1.35 - 0.15 * Math.log(accuracy)) / coulombCutoff : Math.sqrt(-Math.log(g)) / coulombCutoff;
        double gsqmx = 0;
        for (int d = 0; d < 3; d++) {
            double prd = lat.perpendicularWidth(d);
            int k = 1;
            while (rms(k, prd, n, q2, alpha) > accuracy) k++;
            double unit = 2 * Math.PI / prd;
            gsqmx = Math.max(gsqmx, unit * unit * k * k);
        }
        gsqmx *= 1.00001;
        // reciprocal rows b_d = 2π (L⁻¹)ᵀ rows; bound |h| ≤ |G| |a_d| / 2π
        double[][] b = reciprocal(lat);
        int[] max = new int[3];
        for (int d = 0; d < 3; d++) {
            double len = Math.sqrt(lat.vector(d, 0) * lat.vector(d, 0) + lat.vector(d, 1) * lat.vector(d, 1) + lat.vector(d, 2) * lat.vector(d, 2));
            max[d] = (int) Math.ceil(Math.sqrt(gsqmx) * len / (2 * Math.PI));
        }
        List<int[]> out = new ArrayList<>();
        for (int h = 0; h <= max[0]; h++)
            for (int k = -max[1]; k <= max[1]; k++)
                for (int l = -max[2]; l <= max[2]; l++) {
                    // one of each ±G: h > 0, or h = 0 and k > 0, or h = k = 0 and l > 0
                    if (h == 0 && (k < 0 || (k == 0 && l <= 0))) continue;
                    double gx = h * b[0][0] + k * b[1][0] + l * b[2][0];
                    double gy = h * b[0][1] + k * b[1][1] + l * b[2][1];
                    double gz = h * b[0][2] + k * b[1][2] + l * b[2][2];
                    if (gx * gx + gy * gy + gz * gz <= gsqmx) out.add(new int[]{h, k, l});
                }
        int[] flat = new int[3 * out.size()];
        for (int i = 0; i < out.size(); i++) System.arraycopy(out.get(i), 0, flat, 3 * i, 3);
        return new EwaldSetup(alpha, flat);
    }

    private static double rms(int km, double prd, int natoms, double q2, double alpha) {
        return 2.0 * q2 * alpha / prd * Math.sqrt(1.0 / (Math.PI * km * natoms))
                * Math.exp(-Math.PI * Math.PI * km * km / (alpha * alpha * prd * prd));
    }

    /** Reciprocal vectors with the 2π: rows b_d with a_i·b_j = 2π δ_ij. */
    static double[][] reciprocal(Lattice lat) {
        double[][] b = new double[3][3];
        double[] s = new double[3];
        // b_j are the columns of 2π L⁻¹: toFractional(e_c) gives row c of L⁻¹
        for (int c = 0; c < 3; c++) {
            lat.toFractional(c == 0 ? 1 : 0, c == 1 ? 1 : 0, c == 2 ? 1 : 0, s);
            for (int j = 0; j < 3; j++) b[j][c] = 2 * Math.PI * s[j];
        }
        return b;
    }
}

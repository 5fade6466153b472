package dev.curvature.charges;

import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * How the hardness matrix of a crystal sums the pair hardness over periodic images.
 * <ul>
 * <li>{@link Ewald}: the 1/r tail k/r by Ewald summation (real space erfc(αr)/r within
 *     {@code realCutoff}, reciprocal sum over the G vectors {@code triples}, self term and the
 *     neutralising background for a charged cell), the short-range rest J_ij(r) − k/r (QEq's Slater
 *     shielding; zero for EEM) summed directly over images within {@code realCutoff}. Converged
 *     sums make the charges independent of α.</li>
 * <li>{@link Cutoff}: the plain sum over images closer than {@code cutoff} (r ≤ cutoff, no taper),
 *     of the model's pair hardness ({@code shielded}) or of the bare k/r; with bare k/r this is
 *     LAMMPS {@code fix qeq/point}'s matrix (LAMMPS drops k, so its χ and J must be given divided
 *     by k for the same charges). Not converged with the cutoff: a reference, not a method.</li>
 * </ul>
 */
public sealed interface PeriodicCoulomb {
    /**
     * @param alpha      Ewald splitting parameter (1/Å)
     * @param realCutoff real-space cutoff (Å)
     * @param triples    one G of each ±G pair as integer triples h k l (reciprocal basis of the
     *                   reference cell; kept when the cell is strained so the sum is smooth in strain)
     */
    record Ewald(double alpha, double realCutoff, int[] triples) implements PeriodicCoulomb {
        public int size() { return triples.length / 3; }
    }

    record Cutoff(double cutoff, boolean shielded) implements PeriodicCoulomb {}

    /**
     * Ewald parameters for a relative accuracy: real-space cutoff with erfc(α r_c) ≈ tolerance and
     * every G with exp(−G²/4α²) ≥ tolerance (G from the given cell).
     */
    static Ewald ewald(Cell cell, double alpha, double tolerance) {
        if (!(alpha > 0) || !(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("need α > 0 and 0 < tolerance < 1");
        double w = Math.sqrt(-Math.log(tolerance));
        double realCutoff = w / alpha, gMax = 2 * alpha * w;
        Lattice lat = new Lattice(cell);
        int[] max = new int[3];
        for (int d = 0; d < 3; d++) {
            double len = Math.sqrt(lat.vector(d, 0) * lat.vector(d, 0) + lat.vector(d, 1) * lat.vector(d, 1) + lat.vector(d, 2) * lat.vector(d, 2));
            max[d] = (int) Math.ceil(gMax * len / (2 * Math.PI));
        }
        List<int[]> out = new ArrayList<>();
        for (int h = 0; h <= max[0]; h++)
            for (int k = -max[1]; k <= max[1]; k++)
                for (int l = -max[2]; l <= max[2]; l++) {
                    if (h == 0 && (k < 0 || (k == 0 && l <= 0))) continue;   // one of each ±G, not G = 0
                    double g2 = 0;
                    for (int c = 0; c < 3; c++) {
                        double g = h * lat.reciprocal(0, c) + k * lat.reciprocal(1, c) + l * lat.reciprocal(2, c);
                        g2 += g * g;
                    }
                    if (g2 <= gMax * gMax) out.add(new int[]{h, k, l});
                }
        int[] flat = new int[3 * out.size()];
        for (int i = 0; i < out.size(); i++) System.arraycopy(out.get(i), 0, flat, 3 * i, 3);
        return new Ewald(alpha, realCutoff, flat);
    }
}

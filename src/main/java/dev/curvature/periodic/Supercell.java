package dev.curvature.periodic;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.List;

/**
 * Diagonal supercells: the cell repeated n_a × n_b × n_c times. Atom order is cell by cell, image
 * (i_a, i_b, i_c) with i_c fastest, and within each image the original order, so atom
 * {@code image * N + k} is a copy of atom k translated by i_a·a + i_b·b + i_c·c.
 */
public final class Supercell {
    private Supercell() {}

    /** The repeated structure; bonds are not carried over (periodic models need none). */
    public static Structure of(Structure unit, int na, int nb, int nc) {
        if (!unit.isPeriodic()) throw new IllegalArgumentException(unit.name() + " has no cell to repeat");
        if (na < 1 || nb < 1 || nc < 1) throw new IllegalArgumentException("supercell repeats must be >= 1, got " + na + "," + nb + "," + nc);
        int n = unit.atomCount(), copies = na * nb * nc;
        Lattice lat = new Lattice(unit.cell());
        double[] x = unit.positions();
        double[] out = new double[3 * n * copies];
        Element[] el = new Element[n * copies];
        int[] charges = new int[n * copies];
        double[] t = new double[3];
        int image = 0;
        for (int a = 0; a < na; a++)
            for (int b = 0; b < nb; b++)
                for (int c = 0; c < nc; c++, image++) {
                    lat.translation(a, b, c, t);
                    for (int k = 0; k < n; k++) {
                        int dst = image * n + k;
                        for (int d = 0; d < 3; d++) out[3 * dst + d] = x[3 * k + d] + t[d];
                        el[dst] = unit.element(k);
                        charges[dst] = unit.formalCharge(k);
                    }
                }
        double[][] v = unit.cell().vectorsAngstrom();
        int[] rep = {na, nb, nc};
        double[][] big = new double[3][3];
        for (int r = 0; r < 3; r++) for (int d = 0; d < 3; d++) big[r][d] = v[r][d] * rep[r];
        String name = unit.name() + (copies == 1 ? "" : " " + na + "x" + nb + "x" + nc);
        return new Structure(name, el, out, charges, List.<Bond>of(), unit.totalCharge() * copies, new Cell(big));
    }
}

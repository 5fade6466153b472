package dev.curvature.periodic;

import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

/** Homogeneous deformations of periodic structures: x → (I + ε)x on the cell and the atoms. */
public final class Deformation {
    private Deformation() {}

    /** The structure with its cell scaled by x → (I + ε)x for the 3×3 strain ε (row-major), atoms following. */
    public static Structure strained(Structure s, double[] strain) {
        double[] x = s.positions();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i += 3)
            for (int a = 0; a < 3; a++)
                y[i + a] = x[i + a] + strain[3 * a] * x[i] + strain[3 * a + 1] * x[i + 1] + strain[3 * a + 2] * x[i + 2];
        return withCell(s.withPositions(y), strainCell(s.cell(), strain));
    }

    /** The cell x → (I + ε)x applied to each lattice vector. */
    public static Cell strainCell(Cell cell, double[] strain) {
        double[][] v = cell.vectorsAngstrom();
        double[][] w = new double[3][3];
        for (int r = 0; r < 3; r++)
            for (int a = 0; a < 3; a++)
                w[r][a] = v[r][a] + strain[3 * a] * v[r][0] + strain[3 * a + 1] * v[r][1] + strain[3 * a + 2] * v[r][2];
        return new Cell(w);
    }

    /** The same atoms in another cell. */
    public static Structure withCell(Structure s, Cell cell) {
        Element[] el = new Element[s.atomCount()];
        int[] q = new int[s.atomCount()];
        for (int i = 0; i < el.length; i++) { el[i] = s.element(i); q[i] = s.formalCharge(i); }
        return new Structure(s.name(), el, s.positions(), q, s.bonds(), s.totalCharge(), cell);
    }
}

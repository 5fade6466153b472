package dev.curvature.io.crystal;

import dev.curvature.io.StructureInputException;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The atoms of one cell from sites in fractional coordinates: every site expanded by the symmetry
 * operations, wrapped into [0, 1), copies closer than 0.01 Å kept once, and any two remaining atoms
 * closer than 0.5 Å refused (periodic images included). Shared by the CIF reader and by crystals
 * that another program already holds (Jmol's loaded model), so both end in the same structure.
 */
public final class CellAtoms {
    /** Images closer than this (Å) are one atom. */
    static final double MERGE_ANGSTROM = 0.01;

    private final Cell cell;
    private final Lattice lattice;
    private final List<SymmetryOperation> operations;
    private final List<Element> elements = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<double[]> fractional = new ArrayList<>();

    CellAtoms(Cell cell, List<SymmetryOperation> operations) {
        this.cell = cell;
        this.lattice = new Lattice(cell);
        this.operations = operations.isEmpty() ? List.of(new SymmetryOperation(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new double[3])) : operations;
    }

    /**
     * Adds a site's images. With {@code mergeWithEveryAtom} an image is also merged with an earlier
     * atom of the same element from another site (a program's own copies: atoms packed on cell
     * faces, cells shown several times); otherwise only with images of this site (in a CIF two
     * sites on one spot are an error, refused as an overlap).
     */
    void add(Element element, String label, double[] f0, boolean mergeWithEveryAtom) {
        int firstOfSite = fractional.size();
        double[] d = new double[3];
        for (SymmetryOperation op : operations) {
            double[] f = op.apply(f0);
            for (int c = 0; c < 3; c++) { f[c] -= Math.floor(f[c]); if (f[c] > 1 - 1e-9) f[c] = 0; }
            boolean duplicate = false;
            for (int q = mergeWithEveryAtom ? 0 : firstOfSite; q < fractional.size() && !duplicate; q++) {
                if (elements.get(q) != element) continue;
                double[] u = fractional.get(q);
                double[] w = {f[0] - u[0], f[1] - u[1], f[2] - u[2]};
                for (int c = 0; c < 3; c++) w[c] -= Math.rint(w[c]);
                lattice.toCartesian(w[0], w[1], w[2], d);
                duplicate = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) < MERGE_ANGSTROM;
            }
            if (duplicate) continue;
            fractional.add(f);
            elements.add(element);
            labels.add(label);
        }
    }

    Structure build(String name) throws CrystalFormatException {
        double[] x = new double[3 * fractional.size()], d = new double[3];
        for (int i = 0; i < fractional.size(); i++) {
            double[] f = fractional.get(i);
            lattice.toCartesian(f[0], f[1], f[2], d);
            System.arraycopy(d, 0, x, 3 * i, 3);
        }
        return Crystals.build(name, elements, x, cell, labels.toArray(new String[0]));
    }

    /**
     * A crystal from atoms another program holds: each atom a site (fractional coordinates in
     * {@code cell}), expanded by {@code operations} (Jones notation, "-x+1/2,y,z"; none = identity),
     * with copies of the same element merged.
     *
     * @param labels names for messages, e.g. "Si1" or "atom 3"
     * @throws StructureInputException with one line naming the overlapping atoms or the bad operation
     */
    public static Structure fromSites(String name, Cell cell, List<String> operations, Element[] elements, double[][] fractional,
                                      String[] labels) throws StructureInputException {
        try {
            List<SymmetryOperation> ops = new ArrayList<>();
            for (String op : operations) ops.add(SymmetryOperation.parse(op, 0));
            CellAtoms atoms = new CellAtoms(cell, ops);
            for (int i = 0; i < elements.length; i++) atoms.add(elements[i], labels[i], fractional[i], true);
            return atoms.build(name);
        } catch (CrystalFormatException e) {
            throw new StructureInputException(name + ": " + e.getMessage());
        }
    }
}

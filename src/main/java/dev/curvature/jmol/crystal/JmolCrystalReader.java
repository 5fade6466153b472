package dev.curvature.jmol.crystal;

import dev.curvature.io.StructureInputException;
import dev.curvature.io.crystal.CellAtoms;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import javajs.util.BS;
import javajs.util.P3;
import org.jmol.api.SymmetryInterface;
import org.jmol.modelset.Atom;
import org.jmol.modelset.ModelSet;
import org.jmol.viewer.Viewer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the crystal of Jmol's current model: its unit cell (Jmol's unit-cell vectors, in Jmol's
 * Cartesian frame, the one the atoms are drawn in) and the atoms of exactly one cell.
 *
 * <p>What Jmol holds is not always one cell. A plain {@code load x.cif} keeps only the file's
 * asymmetric unit (Jmol 14.31 and 14.32 alike); {@code load x.cif {1 1 1}} adds the symmetry
 * images, {@code packed} also the copies on the cell faces and edges, {@code {2 2 2}} eight cells.
 * So every atom is taken as a site: expanded by the file's space-group operations (when the cell is
 * still the file's cell), wrapped into the cell, and copies of one atom kept once — the same
 * expansion the CIF reader does, so a CIF gives the same structure through Jmol as through
 * {@code io.crystal}. Different atoms closer than 0.5 Å are refused with one line naming them.
 * Jmol stores coordinates as floats: positions agree with the file to about 1e-6 Å.
 */
public final class JmolCrystalReader {
    private JmolCrystalReader() {}

    /** Thrown when the current model is not a crystal the engine can use; the message is for a dialog. */
    public static final class NotACrystalException extends Exception {
        public NotACrystalException(String message) { super(message); }
    }

    /** A fractional coordinate this close to an integer is that integer (Jmol's floats: 0.99999994 is a face atom). */
    private static final double SNAP = 1e-6;

    public static JmolCrystal readCurrent(Viewer vwr) throws NotACrystalException {
        ModelSet ms = vwr.ms;
        if (ms == null || ms.ac == 0 || ms.mc == 0) throw new NotACrystalException("No crystal is loaded.");
        int model = vwr.am.cmi;
        if (model < 0) throw new NotACrystalException("Several frames are displayed; choose one frame (model) first.");
        SymmetryInterface uc = ms.getUnitCell(model);
        if (uc == null)
            throw new NotACrystalException("The current model is a molecule (it has no unit cell); this needs a crystal: "
                    + "open a CIF, POSCAR or extended XYZ file with a cell.");
        P3[] v = uc.getUnitCellVectors();
        double[][] rows = new double[3][];
        for (int r = 0; r < 3; r++) rows[r] = new double[] {v[r + 1].x, v[r + 1].y, v[r + 1].z};
        Cell cell;
        try {
            cell = new Cell(rows);
        } catch (IllegalArgumentException e) {
            throw new NotACrystalException("Jmol's unit cell cannot be used: " + e.getMessage());
        }
        if (!(cell.volume() > 1e-3)) throw new NotACrystalException("Jmol's unit cell has no volume (a 1-D or 2-D cell?); a 3-D crystal is needed.");
        List<String> operations = fileOperations(ms, model, cell);
        double[] origin = operations.isEmpty() ? new double[] {v[0].x, v[0].y, v[0].z} : new double[3];

        BS atoms = vwr.getModelUndeletedAtomsBitSet(model);
        int n = atoms.cardinality();
        if (n == 0) throw new NotACrystalException("The model has no atoms.");
        Lattice lattice = new Lattice(cell);
        int[] jmol = new int[n];
        Element[] elements = new Element[n];
        double[][] fractional = new double[n][];
        String[] labels = new String[n];
        int k = 0;
        for (int i = atoms.nextSetBit(0); i >= 0; i = atoms.nextSetBit(i + 1), k++) {
            Atom a = ms.at[i];
            int z = a.getElementNumber();
            if (z <= 0) throw new NotACrystalException("Atom " + a.getAtomName() + " (" + (i + 1) + ") has no element.");
            jmol[k] = i;
            elements[k] = Element.of(z);
            fractional[k] = fractional(lattice, a, origin);
            labels[k] = a.getAtomName() + " (Jmol atom " + (i + 1) + ")";
        }
        String name = ms.getModelName(model);
        name = name == null || name.isBlank() ? "crystal" : name;
        Structure s;
        try {
            s = CellAtoms.fromSites(name, cell, operations, elements, fractional, labels);
        } catch (StructureInputException e) {
            throw new NotACrystalException(e.getMessage());
        }
        return new JmolCrystal(s, jmol, copies(s, elements, fractional), model);
    }

    private static double[] fractional(Lattice lattice, Atom a, double[] origin) {
        double[] f = new double[3];
        lattice.toFractional(a.x - origin[0], a.y - origin[1], a.z - origin[2], f);
        for (int c = 0; c < 3; c++) if (Math.abs(f[c] - Math.rint(f[c])) < SNAP) f[c] = Math.rint(f[c]);
        return f;
    }

    /**
     * The file's space-group operations when they still apply: the cell shown is the file's cell
     * (not a supercell or a cell the user changed with {@code unitcell}); otherwise none (the atoms
     * Jmol holds are then taken as they are).
     */
    static List<String> fileOperations(ModelSet ms, int model, Cell cell) {
        Map<String, Object> aux = ms.getModelAuxiliaryInfo(model);
        if (aux == null || !(aux.get("symmetryOperations") instanceof String[] ops) || aux.get("unitcell_conventional") != null) return List.of();
        if (!(aux.get("unitCellParams") instanceof float[] p) || p.length < 6) return List.of();
        double[] shown = new Lattice(cell).parameters();
        for (int c = 0; c < 6; c++) if (!(Math.abs(shown[c] - p[c]) < 1e-3)) return List.of();
        return List.of(ops);
    }

    /** For every Jmol atom, the cell atom (same element) it is a periodic copy of. */
    private static int[] copies(Structure s, Element[] elements, double[][] fractional) throws NotACrystalException {
        Lattice lattice = new Lattice(s.cell());
        double[] cellFractional = lattice.fractional(s.positions());
        int[] of = new int[elements.length];
        double[] d = new double[3];
        for (int k = 0; k < elements.length; k++) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < s.atomCount(); j++) {
                if (s.element(j) != elements[k]) continue;
                double[] w = new double[3];
                for (int c = 0; c < 3; c++) {
                    w[c] = fractional[k][c] - cellFractional[3 * j + c];
                    w[c] -= Math.rint(w[c]);
                }
                lattice.toCartesian(w[0], w[1], w[2], d);
                double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                if (r < bestDistance) { bestDistance = r; best = j; }
            }
            if (best < 0 || bestDistance > 0.01)
                throw new NotACrystalException(String.format(Locale.ROOT, "Jmol atom %d is no copy of an atom of the cell (%.3f Å from the nearest)", k + 1, bestDistance));
            of[k] = best;
        }
        return of;
    }
}

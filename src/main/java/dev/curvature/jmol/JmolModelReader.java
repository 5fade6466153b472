package dev.curvature.jmol;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import javajs.util.BS;
import org.jmol.modelset.Atom;
import org.jmol.modelset.ModelSet;
import org.jmol.util.Edge;
import org.jmol.viewer.Viewer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the current model of a Jmol viewer into an engine {@link Structure}: elements, coordinates
 * (Å; Jmol stores floats), covalent bonds with their orders and formal charges. Hydrogen bonds and
 * other non-covalent Jmol bonds are ignored.
 */
public final class JmolModelReader {
    private JmolModelReader() {}

    /** Thrown when the viewer holds nothing the engine can work on; the message is for a dialog. */
    public static final class NoModelException extends Exception {
        public NoModelException(String message) { super(message); }
    }

    /**
     * The current model (frame) of the viewer; with {@code selectionOnly}, only its selected atoms.
     *
     * @throws NoModelException when no model is loaded, several frames are displayed at once, the
     *                          model is periodic, or the selection within it is empty
     */
    public static JmolModel readCurrent(Viewer vwr, boolean selectionOnly) throws NoModelException {
        ModelSet ms = vwr.ms;
        if (ms == null || ms.ac == 0 || ms.mc == 0) throw new NoModelException("No molecule is loaded.");
        int model = vwr.am.cmi;
        if (model < 0) throw new NoModelException("Several frames are displayed; choose one frame (model) first.");
        if (ms.getUnitCell(model) != null)
            throw new NoModelException("The current model is a periodic crystal; Curvature handles molecules only.");
        BS atoms = vwr.getModelUndeletedAtomsBitSet(model);
        if (selectionOnly) {
            BS sel = (BS) vwr.bsA().clone();
            sel.and(atoms);
            if (sel.isEmpty()) throw new NoModelException("No atoms of the current model are selected.");
            atoms = sel;
        }
        return read(vwr, atoms, model);
    }

    /** Reads the given Jmol atoms (all must belong to one model) into a structure. */
    public static JmolModel read(Viewer vwr, BS atomSet, int model) throws NoModelException {
        ModelSet ms = vwr.ms;
        int n = atomSet.cardinality();
        if (n == 0) throw new NoModelException("The model has no atoms.");
        int[] jmolIndex = new int[n];
        int[] local = new int[ms.ac];
        java.util.Arrays.fill(local, -1);
        Element[] elements = new Element[n];
        double[] xyz = new double[3 * n];
        int[] charges = new int[n];
        int a = 0;
        for (int i = atomSet.nextSetBit(0); i >= 0; i = atomSet.nextSetBit(i + 1)) {
            Atom atom = ms.at[i];
            int z = atom.getElementNumber();
            if (z <= 0) throw new NoModelException("Atom " + atom.getAtomName() + " (" + (i + 1) + ") has no element.");
            elements[a] = Element.of(z);
            xyz[3 * a] = atom.x;
            xyz[3 * a + 1] = atom.y;
            xyz[3 * a + 2] = atom.z;
            charges[a] = atom.getFormalCharge();
            jmolIndex[a] = i;
            local[i] = a;
            a++;
        }
        List<Bond> bonds = new ArrayList<>();
        for (int b = 0; b < ms.bondCount; b++) {
            org.jmol.modelset.Bond bond = ms.bo[b];
            if (bond == null || !bond.isCovalent()) continue;
            int i = local[bond.atom1.i], j = local[bond.atom2.i];
            if (i < 0 || j < 0) continue;
            bonds.add(new Bond(i, j, engineOrder(bond.getCovalentOrder())));
        }
        String name = vwr.ms.getModelName(model);
        return new JmolModel(Structure.of(name == null ? "" : name, elements, xyz, charges, bonds), jmolIndex, model);
    }

    /** The current coordinates (Å, interleaved) of a model's atoms as Jmol holds them now. */
    public static double[] positionsOf(Viewer vwr, JmolModel model) {
        int[] atoms = model.jmolAtoms();
        double[] xyz = new double[3 * atoms.length];
        for (int a = 0; a < atoms.length; a++) {
            Atom atom = vwr.ms.at[atoms[a]];
            xyz[3 * a] = atom.x;
            xyz[3 * a + 1] = atom.y;
            xyz[3 * a + 2] = atom.z;
        }
        return xyz;
    }

    /** Jmol's covalent bond order codes (org.jmol.util.Edge) to the engine's 1/2/3/4 (aromatic). */
    static int engineOrder(int jmolOrder) {
        switch (jmolOrder) {
            case Edge.BOND_COVALENT_DOUBLE:
            case Edge.BOND_AROMATIC_DOUBLE:
            case Edge.BOND_PARTIAL23: // 2.5 drawn: the engine has no half orders, take the lower
                return 2;
            case Edge.BOND_COVALENT_TRIPLE:
            case Edge.BOND_PARTIAL32:
                return 3;
            case Edge.BOND_AROMATIC:
            case Edge.BOND_PARTIAL12: // 1.5: what Jmol uses for delocalised bonds
                return Bond.AROMATIC;
            default:
                return 1;
        }
    }
}

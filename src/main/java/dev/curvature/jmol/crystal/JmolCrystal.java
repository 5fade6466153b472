package dev.curvature.jmol.crystal;

import dev.curvature.structure.Structure;

/**
 * The crystal of a Jmol model: the atoms of one unit cell as the engine's periodic structure, and
 * for every Jmol atom of the model the cell atom it is a copy of, so that Γ-point displacements
 * (the same in every cell) can be drawn on all of Jmol's copies.
 *
 * @param structure  one cell, in Jmol's Cartesian frame (Å)
 * @param jmolAtoms  the model's Jmol atom indices
 * @param cellAtom   cellAtom[k]: the structure atom that Jmol atom jmolAtoms[k] is a copy of
 * @param modelIndex the Jmol model (frame)
 */
public record JmolCrystal(Structure structure, int[] jmolAtoms, int[] cellAtom, int modelIndex) {
    public JmolCrystal {
        if (jmolAtoms.length != cellAtom.length) throw new IllegalArgumentException("one cell atom per Jmol atom");
        jmolAtoms = jmolAtoms.clone();
        cellAtom = cellAtom.clone();
    }

    @Override public int[] jmolAtoms() { return jmolAtoms.clone(); }

    @Override public int[] cellAtom() { return cellAtom.clone(); }

    /** Jmol's bit set of the model's atoms. */
    public javajs.util.BS bitSet() {
        javajs.util.BS bs = new javajs.util.BS();
        for (int a : jmolAtoms) bs.set(a);
        return bs;
    }

    /**
     * The model's Jmol atoms as a {@link dev.curvature.jmol.JmolModel} (every copy an atom, no
     * bonds), so the molecular writers put vectors on them.
     */
    public dev.curvature.jmol.JmolModel jmolModel(org.jmol.viewer.Viewer vwr) {
        dev.curvature.structure.Element[] el = new dev.curvature.structure.Element[jmolAtoms.length];
        double[] x = new double[3 * jmolAtoms.length];
        for (int k = 0; k < jmolAtoms.length; k++) {
            org.jmol.modelset.Atom a = vwr.ms.at[jmolAtoms[k]];
            el[k] = dev.curvature.structure.Element.of(a.getElementNumber());
            x[3 * k] = a.x;
            x[3 * k + 1] = a.y;
            x[3 * k + 2] = a.z;
        }
        return new dev.curvature.jmol.JmolModel(Structure.of(structure.name(), el, x, new int[el.length], java.util.List.of()), jmolAtoms, modelIndex);
    }

    /** Per-atom vectors of the cell (interleaved) copied onto every Jmol atom, in Jmol's atom order. */
    public double[] onJmolAtoms(double[] cellVectors) {
        double[] v = new double[3 * jmolAtoms.length];
        for (int k = 0; k < jmolAtoms.length; k++) System.arraycopy(cellVectors, 3 * cellAtom[k], v, 3 * k, 3);
        return v;
    }

    /** How many cell atoms have at least one copy on screen (an asymmetric unit shows fewer). */
    public int cellAtomsShown() {
        boolean[] seen = new boolean[structure.atomCount()];
        int n = 0;
        for (int c : cellAtom) if (!seen[c]) { seen[c] = true; n++; }
        return n;
    }
}

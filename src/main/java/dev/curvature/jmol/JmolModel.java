package dev.curvature.jmol;

import dev.curvature.structure.Structure;

/**
 * A structure read from Jmol together with the Jmol atom index of each of its atoms, so that
 * results (coordinates, vibration vectors, charges) can be written back to the same atoms.
 *
 * @param structure   the engine's structure (atoms in Jmol's order within the model)
 * @param jmolAtoms   jmolAtoms[a] is the index in Jmol's ModelSet of structure atom a
 * @param modelIndex  the Jmol model (frame) the atoms came from
 */
public record JmolModel(Structure structure, int[] jmolAtoms, int modelIndex) {
    public JmolModel {
        if (jmolAtoms.length != structure.atomCount())
            throw new IllegalArgumentException("one Jmol atom index per structure atom");
        jmolAtoms = jmolAtoms.clone();
    }

    @Override public int[] jmolAtoms() { return jmolAtoms.clone(); }

    /** Jmol's bit set of these atoms. */
    public javajs.util.BS bitSet() {
        javajs.util.BS bs = new javajs.util.BS();
        for (int a : jmolAtoms) bs.set(a);
        return bs;
    }
}

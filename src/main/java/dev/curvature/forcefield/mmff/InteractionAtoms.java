package dev.curvature.forcefield.mmff;

/** The atoms of a term's interactions in one flat array, k per interaction, so the hot loop reads contiguous ints. */
final class InteractionAtoms {
    private InteractionAtoms() {}

    /** Copies atoms[t][0..k) to flat[k·t ..]; "what" names the interaction in the error ("an angle"). */
    static int[] flatten(int[][] atoms, int k, String what) {
        int[] flat = new int[k * atoms.length];
        for (int t = 0; t < atoms.length; t++) {
            if (atoms[t].length != k) throw new IllegalArgumentException(what + " needs " + k + " atoms");
            System.arraycopy(atoms[t], 0, flat, k * t, k);
        }
        return flat;
    }
}

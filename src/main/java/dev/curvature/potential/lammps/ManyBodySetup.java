package dev.curvature.potential.lammps;

import dev.curvature.structure.Element;

import java.nio.file.Path;

/**
 * The {@code pair_coeff * * FILE E1 E2 ...} line of the many-body styles: one parameter file and
 * the element of every atom type (NULL: type not handled).
 */
record ManyBodySetup(Path parameterFile, String[] typeElements, int[] atomTypes, int line) {

    static ManyBodySetup read(PotentialFile f, Element[] atoms) throws PotentialFileException {
        if (f.pairStyleCommand().size() != 2)
            throw f.error(f.pairStyleCommand(), "pair_style " + f.pairStyle() + " takes no arguments here");
        if (f.pairCoeffs().size() != 1)
            throw f.error(f.pairCoeffs().get(1), "pair_style " + f.pairStyle() + " takes a single 'pair_coeff * * FILE ELEMENTS...'");
        PotentialFile.Command c = f.pairCoeffs().get(0);
        if (c.size() < 5 || !c.word(1).equals("*") || !c.word(2).equals("*"))
            throw f.error(c, "expected 'pair_coeff * * FILE ELEMENT...' (one element per atom type)");
        Path file = f.parameterFile(c, c.word(3));
        String[] types = new String[c.size() - 4];
        for (int t = 0; t < types.length; t++) {
            String w = c.word(4 + t);
            if (w.equals("NULL")) continue;
            f.element(c, w);
            String label = f.labels().get(t + 1);
            if (label != null && !label.equals(w))
                throw f.error(c, "type " + (t + 1) + " is " + w + " here but " + label + " in labelmap");
            types[t] = w;
        }
        if (!f.labels().isEmpty() && f.labels().lastKey() > types.length)
            throw f.error(c, "labelmap names type " + f.labels().lastKey() + " but pair_coeff maps only " + types.length + " types");
        return new ManyBodySetup(file, types, f.atomTypes(atoms, types), c.line());
    }

    /** Distinct elements of the types, in type order (the species of the bound potential). */
    String[] species() {
        return java.util.Arrays.stream(typeElements).filter(java.util.Objects::nonNull).distinct().toArray(String[]::new);
    }

    /** Per atom, its species index in {@link #species()}. */
    int[] atomSpecies() {
        String[] sp = species();
        int[] out = new int[atomTypes.length];
        for (int i = 0; i < out.length; i++) out[i] = java.util.Arrays.asList(sp).indexOf(typeElements[atomTypes[i]]);
        return out;
    }
}

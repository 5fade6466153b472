package dev.curvature.forcefield;

import dev.curvature.model.TypedPotential;

import java.util.List;

/**
 * A {@link TermPotential} that also reports the atom types the force field assigned while building
 * its terms (UFF labels such as "C_R", MMFF numeric types such as "37"), so nobody has to type the
 * structure a second time to show them.
 */
public final class TypedTermPotential extends TermPotential implements TypedPotential {

    private final String[] labels;

    /** @param atomTypeLabels one label per atom, in atom order (copied) */
    public TypedTermPotential(String modelName, int atomCount, List<? extends Term> terms, String[] atomTypeLabels) {
        super(modelName, atomCount, terms);
        if (atomTypeLabels.length != atomCount)
            throw new IllegalArgumentException(atomTypeLabels.length + " atom type labels for " + atomCount + " atoms");
        for (int a = 0; a < atomCount; a++)
            if (atomTypeLabels[a] == null) throw new IllegalArgumentException("no atom type label for atom " + (a + 1));
        this.labels = atomTypeLabels.clone();
    }

    @Override public String[] atomTypeLabels() { return labels.clone(); }
}

package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.COULOMB;
import static dev.curvature.forcefield.mmff.MmffConstants.ELECTROSTATIC_SCALE_1_4;

import dev.curvature.model.UnsupportedStructureException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the two MMFF94 non-bonded terms of a structure over every pair that is neither 1-2 nor 1-3
 * (shortest bond path ≥ 3; atoms in different fragments included), with no cutoff, and with the
 * per-pair R*, ε and charge prefactors fixed once. 1-4 pairs (path of exactly 3) get the full vdW
 * energy and 0.75 of the electrostatic energy.
 */
final class MmffNonbonded {
    private MmffNonbonded() {}

    static MmffVdwTerm vdw(MmffTopology.BondSeparation separation, int[] types, MmffVdwParameters params)
            throws UnsupportedStructureException {
        int n = types.length;
        List<Integer> missing = new ArrayList<>();
        for (int a = 0; a < n; a++) if (!params.hasType(types[a])) missing.add(a);
        if (!missing.isEmpty())
            throw new UnsupportedStructureException("no MMFF94 vdW parameters for atom " + (missing.get(0) + 1)
                    + " (type " + types[missing.get(0)] + ")" + (missing.size() > 1 ? " and " + (missing.size() - 1) + " more" : ""), missing);
        int count = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) if (separation.of(i, j) >= 3) count++;
        int[] pi = new int[count], pj = new int[count];
        double[] rStar = new double[count], eps = new double[count];
        int p = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                if (separation.of(i, j) < 3) continue;
                pi[p] = i;
                pj[p] = j;
                rStar[p] = params.pairMinimumDistance(types[i], types[j]);
                eps[p] = params.pairWellDepth(types[i], types[j]);
                p++;
            }
        return new MmffVdwTerm(pi, pj, rStar, eps);
    }

    /** Pairs where either charge is zero contribute nothing and are left out of the list. */
    static MmffElectrostaticTerm electrostatic(MmffTopology.BondSeparation separation, double[] charges, MmffDielectric dielectric) {
        int n = charges.length;
        int count = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (charges[i] != 0 && charges[j] != 0 && separation.of(i, j) >= 3) count++;
        int[] pi = new int[count], pj = new int[count];
        double[] pre = new double[count];
        int p = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                if (charges[i] == 0 || charges[j] == 0) continue;
                int sep = separation.of(i, j);
                if (sep < 3) continue;
                double scale = sep == 3 ? ELECTROSTATIC_SCALE_1_4 : 1.0;
                pi[p] = i;
                pj[p] = j;
                pre[p] = COULOMB * charges[i] * charges[j] * scale / dielectric.constant();
                p++;
            }
        return new MmffElectrostaticTerm(pi, pj, pre, dielectric.distanceDependent());
    }
}

package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.nonbonded.NonbondedPairs;
import dev.curvature.model.UnsupportedStructureException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the two MMFF94 non-bonded terms of a structure over the pairs of a {@link NonbondedPairs}
 * (every pair that is neither 1-2 nor 1-3, atoms in different fragments included; with no cutoff
 * unless one was asked for). 1-4 pairs get the full vdW energy and 0.75 of the electrostatic
 * energy. R* and ε are tabulated once per pair of distinct atom types present.
 */
final class MmffNonbonded {
    private MmffNonbonded() {}

    static MmffVdwTerm vdw(NonbondedPairs pairs, int[] types, MmffVdwParameters params) throws UnsupportedStructureException {
        int n = types.length;
        List<Integer> missing = new ArrayList<>();
        for (int a = 0; a < n; a++) if (!params.hasType(types[a])) missing.add(a);
        if (!missing.isEmpty())
            throw new UnsupportedStructureException("no MMFF94 vdW parameters for atom " + (missing.get(0) + 1)
                    + " (type " + types[missing.get(0)] + ")" + (missing.size() > 1 ? " and " + (missing.size() - 1) + " more" : ""), missing);
        // distinct types, in order of first appearance, become the table's rows
        int maxType = 0;
        for (int t : types) maxType = Math.max(maxType, t);
        int[] classOfType = new int[maxType + 1];
        java.util.Arrays.fill(classOfType, -1);
        List<Integer> distinct = new ArrayList<>();
        int[] typeClass = new int[n];
        for (int a = 0; a < n; a++) {
            if (classOfType[types[a]] < 0) { classOfType[types[a]] = distinct.size(); distinct.add(types[a]); }
            typeClass[a] = classOfType[types[a]];
        }
        int k = distinct.size();
        double[] rStar = new double[k * k], eps = new double[k * k];
        for (int p = 0; p < k; p++)
            for (int q = 0; q < k; q++) {
                rStar[p * k + q] = params.pairMinimumDistance(distinct.get(p), distinct.get(q));
                eps[p * k + q] = params.pairWellDepth(distinct.get(p), distinct.get(q));
            }
        return new MmffVdwTerm(pairs, typeClass, rStar, eps);
    }

    static MmffElectrostaticTerm electrostatic(NonbondedPairs pairs, double[] charges, MmffDielectric dielectric) {
        return new MmffElectrostaticTerm(pairs, charges, dielectric.constant(), dielectric.distanceDependent());
    }
}

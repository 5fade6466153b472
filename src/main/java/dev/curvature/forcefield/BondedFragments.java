package dev.curvature.forcefield;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.Arrays;
import java.util.List;

/**
 * The connected components of a structure's bond graph: for each fragment its atoms and bonds in
 * increasing index order. Perception steps whose cost grows faster than linearly with the size of
 * one molecule graph (CDK's atom typing, ring search) run per fragment, so a solvent box of
 * 6 667 waters costs 6 667 small jobs rather than one quadratic one.
 */
public final class BondedFragments {
    private final int[][] atoms;
    private final int[][] bonds;

    private BondedFragments(int[][] atoms, int[][] bonds) {
        this.atoms = atoms;
        this.bonds = bonds;
    }

    /** Fragments numbered by their lowest atom index. Linear in atoms + bonds. */
    public static BondedFragments of(Structure s) {
        int n = s.atomCount();
        int[] parent = new int[n];
        for (int a = 0; a < n; a++) parent[a] = a;
        List<Bond> bondList = s.bonds();
        for (Bond b : bondList) {
            int ri = root(parent, b.i()), rj = root(parent, b.j());
            if (ri != rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
        int[] label = new int[n];
        int count = 0;
        for (int a = 0; a < n; a++) {
            int r = root(parent, a);
            label[a] = r == a ? count++ : label[r];
        }
        int[] atomCount = new int[count], bondCount = new int[count];
        for (int a = 0; a < n; a++) atomCount[label[a]]++;
        for (Bond b : bondList) bondCount[label[b.i()]]++;
        int[][] atoms = new int[count][], bonds = new int[count][];
        for (int f = 0; f < count; f++) {
            atoms[f] = new int[atomCount[f]];
            bonds[f] = new int[bondCount[f]];
        }
        Arrays.fill(atomCount, 0);
        Arrays.fill(bondCount, 0);
        for (int a = 0; a < n; a++) atoms[label[a]][atomCount[label[a]]++] = a;
        for (int b = 0; b < bondList.size(); b++) {
            int f = label[bondList.get(b).i()];
            bonds[f][bondCount[f]++] = b;
        }
        return new BondedFragments(atoms, bonds);
    }

    private static int root(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    public int count() { return atoms.length; }

    /** Atom indices of fragment f, increasing (do not modify). */
    public int[] atoms(int f) { return atoms[f]; }

    /** Indices into {@code Structure.bonds()} of fragment f's bonds, increasing (do not modify). */
    public int[] bonds(int f) { return bonds[f]; }
}

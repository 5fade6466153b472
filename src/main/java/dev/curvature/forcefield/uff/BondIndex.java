package dev.curvature.forcefield.uff;

import dev.curvature.structure.Bond;

import java.util.List;

/** Per-atom lists of bond indices, in bond-list order (the order RDKit walks an atom's bonds). */
final class BondIndex {
    private BondIndex() { }

    static int[][] atomBonds(int atomCount, List<Bond> bonds) {
        int[] count = new int[atomCount];
        for (Bond b : bonds) { count[b.i()]++; count[b.j()]++; }
        int[][] res = new int[atomCount][];
        for (int a = 0; a < atomCount; a++) res[a] = new int[count[a]];
        java.util.Arrays.fill(count, 0);
        for (int k = 0; k < bonds.size(); k++) {
            Bond b = bonds.get(k);
            res[b.i()][count[b.i()]++] = k;
            res[b.j()][count[b.j()]++] = k;
        }
        return res;
    }
}

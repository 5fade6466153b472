package dev.curvature.forcefield.mmff;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed structure as MMFF's rules see it: neighbours, Kekulé orders, MMFF aromaticity of bonds,
 * numeric types with their mmffprop.par records, and the derived bond-type index (BTI).
 */
final class MmffMolecule {
    final Structure structure;
    final int[] types;
    final MmffAtomProperties[] props;
    final int[][] neighbours;
    private final Map<Long, Integer> bondIndex = new HashMap<>();
    private final int[] kekuleOrders;
    private final boolean[] aromaticBonds;

    MmffMolecule(Structure structure, int[] types, int[] kekuleOrders, boolean[] aromaticBonds, MmffParameters parameters) {
        this.structure = structure;
        this.types = types;
        this.kekuleOrders = kekuleOrders;
        this.aromaticBonds = aromaticBonds;
        this.neighbours = structure.neighbours();
        this.props = new MmffAtomProperties[types.length];
        for (int a = 0; a < types.length; a++) props[a] = parameters.properties(types[a]);
        List<Bond> bonds = structure.bonds();
        for (int b = 0; b < bonds.size(); b++) bondIndex.put(pair(bonds.get(b).i(), bonds.get(b).j()), b);
    }

    int atomCount() { return types.length; }

    int atomicNumber(int a) { return structure.atomicNumber(a); }

    boolean bonded(int a, int b) { return bondIndex.containsKey(pair(a, b)); }

    /** Kekulé order of bond a-b (1, 2, 3). */
    int order(int a, int b) { return kekuleOrders[index(a, b)]; }

    /** Whether MMFF's aromaticity puts bond a-b in an aromatic ring. */
    boolean aromatic(int a, int b) { return aromaticBonds[index(a, b)]; }

    /** Single bond in MMFF's sense: Kekulé single and not part of an MMFF-aromatic ring. */
    boolean single(int a, int b) { return order(a, b) == 1 && !aromatic(a, b); }

    /** Double bond outside MMFF-aromatic rings. */
    boolean isDouble(int a, int b) { return order(a, b) == 2 && !aromatic(a, b); }

    /**
     * MMFF bond-type index: 1 for a single bond between two atoms that are both sbmb or both
     * aromatic types (e.g. the bond between two rings of biphenyl), 0 otherwise.
     */
    int bondTypeIndex(int a, int b) {
        if (!single(a, b)) return 0;
        MmffAtomProperties pa = props[a], pb = props[b];
        return (pa.sbmb() && pb.sbmb()) || (pa.aromatic() && pb.aromatic()) ? 1 : 0;
    }

    /** 3 if a-b-c closes a three-ring, 4 if a and c share another neighbour, else 0. */
    int angleRingSize(int a, int b, int c) {
        if (bonded(a, c)) return 3;
        for (int x : neighbours[a]) {
            if (x == b) continue;
            for (int y : neighbours[c]) if (y == x) return 4;
        }
        return 0;
    }

    /** 4 if a-b-c-d closes a four-ring, 5 if a and d share a neighbour (other than b, c), else 0. */
    int torsionRingSize(int a, int b, int c, int d) {
        if (bonded(a, d)) return 4;
        for (int x : neighbours[a]) {
            if (x == b) continue;
            for (int y : neighbours[d]) if (y == x && y != c) return 5;
        }
        return 0;
    }

    private int index(int a, int b) {
        Integer i = bondIndex.get(pair(a, b));
        if (i == null) throw new IllegalArgumentException("atoms " + (a + 1) + " and " + (b + 1) + " are not bonded");
        return i;
    }

    private static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** Periodic-table row as MMFF's rules count it: 0 for H, 1 for Li-Ne, 2 for Na-Ar, 3, 4. */
    static int periodicRow(int z) {
        if (z <= 2) return 0;
        if (z <= 10) return 1;
        if (z <= 18) return 2;
        if (z <= 36) return 3;
        if (z <= 54) return 4;
        return 5;
    }
}

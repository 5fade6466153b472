package dev.curvature.forcefield.uff;

import dev.curvature.structure.Bond;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The relevant cycles of a molecular graph (cycles that are not sums of strictly smaller cycles):
 * the union of all smallest sets of smallest rings, which is what RDKit's "symmetrized SSSR"
 * approximates. Candidates come from Horton's construction (shortest path from a root to each end
 * of an edge, closed by the edge); independence is tested over GF(2) on bond bit sets.
 */
final class RingFinder {
    /** A ring: its atoms in cyclic order and its bond indices. */
    record Ring(int[] atoms, int[] bonds, BitSet bondSet) { }

    private RingFinder() { }

    static List<Ring> relevantCycles(int atomCount, List<Bond> bonds) {
        int[][] nb = new int[atomCount][];
        int[][] nbBond = new int[atomCount][];
        int[] deg = new int[atomCount];
        for (Bond b : bonds) { deg[b.i()]++; deg[b.j()]++; }
        for (int a = 0; a < atomCount; a++) { nb[a] = new int[deg[a]]; nbBond[a] = new int[deg[a]]; }
        Arrays.fill(deg, 0);
        for (int k = 0; k < bonds.size(); k++) {
            Bond b = bonds.get(k);
            nb[b.i()][deg[b.i()]] = b.j(); nbBond[b.i()][deg[b.i()]++] = k;
            nb[b.j()][deg[b.j()]] = b.i(); nbBond[b.j()][deg[b.j()]++] = k;
        }
        int components = components(atomCount, nb);
        int cyclomatic = bonds.size() - atomCount + components;
        if (cyclomatic <= 0) return List.of();

        // Horton candidates
        Set<BitSet> seen = new HashSet<>();
        List<Ring> candidates = new ArrayList<>();
        int[] parent = new int[atomCount], parentBond = new int[atomCount], depth = new int[atomCount];
        for (int root = 0; root < atomCount; root++) {
            if (nb[root].length < 2) continue;
            Arrays.fill(depth, -1);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            depth[root] = 0; parent[root] = -1; parentBond[root] = -1;
            queue.add(root);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int q = 0; q < nb[u].length; q++) {
                    int v = nb[u][q];
                    if (depth[v] < 0) { depth[v] = depth[u] + 1; parent[v] = u; parentBond[v] = nbBond[u][q]; queue.add(v); }
                }
            }
            for (int k = 0; k < bonds.size(); k++) {
                Bond b = bonds.get(k);
                int u = b.i(), v = b.j();
                if (depth[u] < 0 || depth[v] < 0 || parentBond[u] == k || parentBond[v] == k) continue;
                // paths root→u and root→v must meet only at root
                List<Integer> pu = pathToRoot(u, parent), pv = pathToRoot(v, parent);
                Set<Integer> onU = new HashSet<>(pu);
                boolean disjoint = true;
                for (int x : pv) if (x != root && onU.contains(x)) { disjoint = false; break; }
                if (!disjoint) continue;
                BitSet bs = new BitSet(bonds.size());
                bs.set(k);
                for (int x : pu) if (parentBond[x] >= 0) bs.set(parentBond[x]);
                for (int x : pv) if (parentBond[x] >= 0) bs.set(parentBond[x]);
                if (!seen.add(bs)) continue;
                int[] atoms = new int[pu.size() + pv.size() - 1];
                int n = 0;
                for (int x : pu) atoms[n++] = x;                       // u ... root
                for (int q = pv.size() - 2; q >= 0; q--) atoms[n++] = pv.get(q); // ... v
                candidates.add(new Ring(atoms, bs.stream().toArray(), bs));
            }
        }
        candidates.sort(Comparator.comparingInt(r -> r.atoms().length));

        // relevant = independent of all strictly shorter candidates
        List<BitSet> basis = new ArrayList<>();   // reduced rows of strictly shorter cycles
        List<Integer> pivots = new ArrayList<>();
        List<Ring> relevant = new ArrayList<>();
        int start = 0;
        while (start < candidates.size()) {
            int size = candidates.get(start).atoms().length;
            int end = start;
            while (end < candidates.size() && candidates.get(end).atoms().length == size) end++;
            List<BitSet> newRows = new ArrayList<>();
            for (int c = start; c < end; c++) {
                BitSet reduced = reduce(candidates.get(c).bondSet(), basis, pivots);
                if (!reduced.isEmpty()) { relevant.add(candidates.get(c)); newRows.add(candidates.get(c).bondSet()); }
            }
            for (BitSet row : newRows) {
                BitSet r = reduce(row, basis, pivots);
                if (!r.isEmpty()) { basis.add(r); pivots.add(r.nextSetBit(0)); }
            }
            start = end;
        }
        return relevant;
    }

    private static BitSet reduce(BitSet v, List<BitSet> basis, List<Integer> pivots) {
        BitSet r = (BitSet) v.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < basis.size(); k++)
                if (r.get(pivots.get(k))) { r.xor(basis.get(k)); changed = true; }
        }
        return r;
    }

    private static List<Integer> pathToRoot(int v, int[] parent) {
        List<Integer> p = new ArrayList<>();
        for (int x = v; x >= 0; x = parent[x]) p.add(x);
        return p;
    }

    private static int components(int n, int[][] nb) {
        boolean[] seen = new boolean[n];
        int c = 0;
        for (int s = 0; s < n; s++) {
            if (seen[s]) continue;
            c++;
            ArrayDeque<Integer> st = new ArrayDeque<>();
            st.push(s); seen[s] = true;
            while (!st.isEmpty()) for (int v : nb[st.pop()]) if (!seen[v]) { seen[v] = true; st.push(v); }
        }
        return c;
    }
}

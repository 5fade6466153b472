package dev.curvature.build.embed;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The connectivity the embedder works from: atomic numbers, formal charges, neighbour lists with
 * bond orders (1, 2, 3) and aromatic flags, all hydrogens explicit. Graph queries (topological
 * distance, smallest ring through a path) are answered by depth-limited searches, so their cost
 * stays local and does not grow with the size of the molecule.
 */
public final class MoleculeGraph {
    final int n;
    final int[] z;
    final int[] charge;
    final int[][] nb;
    final int[][] order;
    final boolean[][] aromatic;
    /** ringBond[a][k]: the bond from a to nb[a][k] lies on a ring (is not a bridge of the graph). */
    final boolean[][] ringBond;

    /**
     * @param bonds one row per bond: atom i, atom j (0-based), order 1–3, aromatic 0/1
     */
    public MoleculeGraph(int[] atomicNumbers, int[] formalCharges, int[][] bonds) {
        n = atomicNumbers.length;
        z = atomicNumbers.clone();
        charge = formalCharges.clone();
        int[] count = new int[n];
        for (int[] b : bonds) { count[b[0]]++; count[b[1]]++; }
        nb = new int[n][];
        order = new int[n][];
        aromatic = new boolean[n][];
        for (int a = 0; a < n; a++) { nb[a] = new int[count[a]]; order[a] = new int[count[a]]; aromatic[a] = new boolean[count[a]]; }
        Arrays.fill(count, 0);
        for (int[] b : bonds) {
            for (int side = 0; side < 2; side++) {
                int a = b[side], o = b[1 - side], k = count[a]++;
                nb[a][k] = o;
                order[a][k] = b[2];
                aromatic[a][k] = b[3] != 0;
            }
        }
        ringBond = findRingBonds();
    }

    /** Bonds that are not bridges (Tarjan's low-link, iterative so long chains do not overflow the stack). */
    private boolean[][] findRingBonds() {
        boolean[][] ring = new boolean[n][];
        for (int a = 0; a < n; a++) ring[a] = new boolean[nb[a].length];
        int[] disc = new int[n], low = new int[n], parentEdge = new int[n], iter = new int[n], stack = new int[n];
        Arrays.fill(disc, -1);
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] >= 0) continue;
            int top = 0;
            stack[top++] = root;
            disc[root] = low[root] = time++;
            parentEdge[root] = -1;
            while (top > 0) {
                int v = stack[top - 1];
                if (iter[v] < nb[v].length) {
                    int k = iter[v]++;
                    int w = nb[v][k];
                    if (disc[w] < 0) {
                        disc[w] = low[w] = time++;
                        parentEdge[w] = v;
                        stack[top++] = w;
                    } else if (w != parentEdge[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    int p = parentEdge[v];
                    if (p >= 0) low[p] = Math.min(low[p], low[v]);
                }
            }
        }
        for (int a = 0; a < n; a++)
            for (int k = 0; k < nb[a].length; k++) {
                int b = nb[a][k];
                // a tree edge p-v is a bridge iff low[v] > disc[p]; other edges close rings
                int child = parentEdge[b] == a ? b : parentEdge[a] == b ? a : -1;
                int par = child == b ? a : b;
                ring[a][k] = child < 0 || low[child] <= disc[par];
            }
        return ring;
    }

    boolean isRingBond(int a, int b) {
        for (int k = 0; k < nb[a].length; k++) if (nb[a][k] == b) return ringBond[a][k];
        return false;
    }

    public int atomCount() { return n; }
    public int atomicNumber(int a) { return z[a]; }
    public int degree(int a) { return nb[a].length; }

    /** Bond order between bonded atoms a and b (1–3), 0 if not bonded. */
    int bondOrder(int a, int b) {
        for (int k = 0; k < nb[a].length; k++) if (nb[a][k] == b) return order[a][k];
        return 0;
    }

    boolean isAromaticBond(int a, int b) {
        for (int k = 0; k < nb[a].length; k++) if (nb[a][k] == b) return aromatic[a][k];
        return false;
    }

    boolean bonded(int a, int b) { return bondOrder(a, b) > 0; }

    int doubleBondCount(int a) {
        int c = 0;
        for (int o : order[a]) if (o == 2) c++;
        return c;
    }

    boolean hasTripleBond(int a) {
        for (int o : order[a]) if (o == 3) return true;
        return false;
    }

    boolean isAromatic(int a) {
        for (boolean f : aromatic[a]) if (f) return true;
        return false;
    }

    /** Linear centre: a triple bond or two cumulated double bonds on a two-connected atom. */
    boolean isLinear(int a) {
        return nb[a].length == 2 && (hasTripleBond(a) || doubleBondCount(a) == 2);
    }

    /** Trigonal planar centre: three neighbours and a double or aromatic bond, or a conjugated N/O/B with three. */
    boolean isTrigonal(int a) {
        if (nb[a].length != 3) return false;
        if (doubleBondCount(a) > 0 || isAromatic(a)) return z[a] != 15 && z[a] != 16 || isAromatic(a);
        if (z[a] == 5) return true;
        if (z[a] == 6 && charge[a] != 0) return true; // carbocation / carbanion drawn with 3 bonds: planar enough
        if (z[a] == 7) for (int b : nb[a]) if (isPiAtom(b)) return true; // amide, aniline, enamine N
        return false;
    }

    /** An atom carrying a double, triple or aromatic bond. */
    boolean isPiAtom(int a) {
        if (isAromatic(a)) return true;
        for (int o : order[a]) if (o >= 2) return true;
        return false;
    }

    /**
     * Number of atoms on the shortest path from {@code from} to {@code to} that avoids the atoms in
     * {@code banned} and the direct bond between from and to, searching at most {@code maxBonds}
     * bonds; -1 if there is none that short. Used for "smallest ring containing this path".
     */
    int shortestDetour(int from, int to, int[] banned, int maxBonds) {
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        java.util.HashMap<Integer, Integer> seen = new java.util.HashMap<>();
        seen.put(from, 0);
        queue.add(new int[]{from, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            if (cur[1] >= maxBonds) continue;
            for (int next : nb[cur[0]]) {
                if (cur[0] == from && next == to) continue;
                if (contains(banned, next) || seen.containsKey(next)) continue;
                if (next == to) return cur[1] + 1;
                seen.put(next, cur[1] + 1);
                queue.add(new int[]{next, cur[1] + 1});
            }
        }
        return -1;
    }

    /** Size of the smallest ring (≤ maxSize) containing the path a-c-b, or 0. */
    int smallestRingThroughAngle(int a, int c, int b, int maxSize) {
        if (!isRingBond(a, c) || !isRingBond(c, b)) return 0;
        int d = shortestDetour(a, b, new int[]{c}, maxSize - 2);
        return d < 0 ? 0 : d + 2;
    }

    /** Size of the smallest ring (≤ maxSize) containing bond a-b, or 0. */
    int smallestRingThroughBond(int a, int b, int maxSize) {
        if (!isRingBond(a, b)) return 0;
        int d = shortestDetour(a, b, new int[0], maxSize - 1);
        return d < 0 ? 0 : d + 1;
    }

    private static boolean contains(int[] xs, int v) {
        for (int x : xs) if (x == v) return true;
        return false;
    }
}

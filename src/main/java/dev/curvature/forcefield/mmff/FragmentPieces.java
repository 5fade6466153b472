package dev.curvature.forcefield.mmff;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Overlapping pieces of one large bonded fragment (a protein chain) for MMFF atom typing, whose
 * cost in CDK grows quadratically with the size of the molecule it is given. MMFF's typing rules
 * are local: a symbolic type looks at most three bonds out (MMFFSYMB patterns), ring tests ask for
 * rings of three or four atoms, aromaticity for rings of five or six, and aromaticity spreads only
 * through fused rings. So the fragment's atoms are split into cores of consecutive breadth-first
 * order, and each core is typed inside a piece holding everything within {@link #RADIUS} bonds of
 * it, every small-ring system (rings of up to six atoms sharing bonds, or joined by a multiple
 * bond) that piece touches, and three bonds of context around those ring systems. The atoms of a
 * core and the bonds starting in it take their results from its piece; atoms near a piece's edge
 * are typed there too but discarded. MmffTypingTest checks the result is identical to typing the
 * whole fragment, with cores of a few atoms, on the whole validation suite.
 */
final class FragmentPieces {
    /** Bonds from a core to the edge of its piece. */
    static final int RADIUS = 6;
    /** Atoms per core for production use: pieces of ~500 atoms, where CDK's typing is still linear in practice. */
    static final int CORE_ATOMS = 400;
    /** Largest ring whose bonds join ring systems (MMFF aromaticity: five- and six-membered rings). */
    private static final int SMALL_RING = 6;
    /** Bonds of context around each ring system in a piece. */
    private static final int RING_CONTEXT = 3;

    /**
     * One piece: {@code atoms} and {@code bonds} as structure indices (increasing, every bond
     * joining two of the atoms); {@code core[k]} whether atoms[k] takes its type from here.
     */
    record Piece(int[] atoms, int[] bonds, boolean[] core) { }

    private FragmentPieces() { }

    /**
     * @param atoms     the fragment's atoms (structure indices, increasing)
     * @param bonds     the fragment's bonds (indices into {@code s.bonds()}, increasing)
     * @param coreAtoms atoms per core (the last core may be smaller)
     */
    static List<Piece> of(Structure s, int[] atoms, int[] bonds, int coreAtoms) {
        int n = atoms.length;
        Graph g = Graph.of(s, atoms, bonds);
        int[] system = ringSystems(s, bonds, g);
        int[][] systemAtoms = members(system);
        int[] order = breadthFirstOrder(g.adj);
        int[] mark = new int[n], seen = new int[n], depth = new int[n], queue = new int[n];
        int[] lastTouch = new int[systemAtoms.length];
        List<Piece> pieces = new ArrayList<>();
        for (int start = 0, stamp = 1; start < n; start += coreAtoms, stamp++) {
            int end = Math.min(n, start + coreAtoms);
            List<Integer> members = new ArrayList<>();
            // everything within RADIUS bonds of the core
            int tail = 0;
            for (int k = start; k < end; k++) queue[tail++] = order[k];
            breadthFirst(g.adj, queue, tail, seen, 2 * stamp, depth, RADIUS, mark, stamp, members);
            // whole ring systems touched, with RING_CONTEXT bonds around them
            tail = 0;
            for (int k = 0, size = members.size(); k < size; k++) {
                int sys = system[members.get(k)];
                if (sys < 0 || lastTouch[sys] == stamp) continue;
                lastTouch[sys] = stamp;
                for (int a : systemAtoms[sys]) queue[tail++] = a;
            }
            if (tail > 0) breadthFirst(g.adj, queue, tail, seen, 2 * stamp + 1, depth, RING_CONTEXT, mark, stamp, members);
            pieces.add(piece(g, atoms, bonds, members, mark, stamp, order, start, end));
        }
        return pieces;
    }

    /**
     * Breadth-first search from the seeds queue[0, tail) out to limit bonds (visited: seen ==
     * visit); every atom reached that is not yet marked with stamp is marked and added to members.
     */
    private static void breadthFirst(int[][] adj, int[] queue, int tail, int[] seen, int visit, int[] depth, int limit,
                                     int[] mark, int stamp, List<Integer> members) {
        for (int k = 0; k < tail; k++) {
            seen[queue[k]] = visit;
            depth[queue[k]] = 0;
        }
        for (int head = 0; head < tail; ) {
            int a = queue[head++];
            if (mark[a] != stamp) { mark[a] = stamp; members.add(a); }
            if (depth[a] >= limit) continue;
            for (int b : adj[a]) {
                if (seen[b] == visit) continue;
                seen[b] = visit;
                depth[b] = depth[a] + 1;
                queue[tail++] = b;
            }
        }
    }

    private static Piece piece(Graph g, int[] atoms, int[] bonds, List<Integer> members, int[] mark, int stamp, int[] order, int start, int end) {
        int[] local = members.stream().mapToInt(Integer::intValue).sorted().toArray();
        int count = local.length;
        int[] pa = new int[count];
        boolean[] core = new boolean[count];
        List<Integer> pb = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int a = local[c];
            pa[c] = atoms[a];
            for (int e = 0; e < g.adj[a].length; e++)
                if (g.adj[a][e] > a && mark[g.adj[a][e]] == stamp) pb.add(bonds[g.bond[a][e]]);
        }
        for (int k = start; k < end; k++) core[Arrays.binarySearch(local, order[k])] = true;
        return new Piece(pa, pb.stream().mapToInt(Integer::intValue).sorted().toArray(), core);
    }

    /** Neighbours by fragment-local index (position in atoms) and, in parallel, the fragment-local bond joining them. */
    private record Graph(int[][] adj, int[][] bond, int[] bi, int[] bj) {
        static Graph of(Structure s, int[] atoms, int[] bonds) {
            int n = atoms.length;
            int[] degree = new int[n];
            List<Bond> all = s.bonds();
            int[] bi = new int[bonds.length], bj = new int[bonds.length];
            for (int m = 0; m < bonds.length; m++) {
                Bond b = all.get(bonds[m]);
                bi[m] = Arrays.binarySearch(atoms, b.i());
                bj[m] = Arrays.binarySearch(atoms, b.j());
                degree[bi[m]]++;
                degree[bj[m]]++;
            }
            int[][] adj = new int[n][], bond = new int[n][];
            for (int a = 0; a < n; a++) {
                adj[a] = new int[degree[a]];
                bond[a] = new int[degree[a]];
            }
            Arrays.fill(degree, 0);
            for (int m = 0; m < bonds.length; m++) {
                bond[bi[m]][degree[bi[m]]] = m;
                adj[bi[m]][degree[bi[m]]++] = bj[m];
                bond[bj[m]][degree[bj[m]]] = m;
                adj[bj[m]][degree[bj[m]]++] = bi[m];
            }
            return new Graph(adj, bond, bi, bj);
        }
    }

    /**
     * Ring system of each atom (-1 for none): atoms joined by bonds that lie on a ring of at most
     * {@link #SMALL_RING} atoms, and ring atoms joined by a multiple bond (exocyclic double bonds
     * take part in MMFF's aromaticity test). Bounded search per bond: linear in the fragment size.
     */
    private static int[] ringSystems(Structure s, int[] bonds, Graph g) {
        int[][] adj = g.adj();
        int n = adj.length;
        int[] parent = new int[n];
        for (int a = 0; a < n; a++) parent[a] = a;
        boolean[] inRing = new boolean[n];
        int[] seen = new int[n], dist = new int[n], queue = new int[n];
        int stamp = 0;
        List<Bond> all = s.bonds();
        int[] bi = g.bi(), bj = g.bj();
        for (int m = 0; m < bonds.length; m++) {
            int u = bi[m], v = bj[m];
            if (adj[u].length < 2 || adj[v].length < 2) continue;
            // a path u -> v of at most SMALL_RING - 1 bonds not using the bond itself
            stamp++;
            int head = 0, tail = 0;
            queue[tail++] = u;
            seen[u] = stamp;
            dist[u] = 0;
            boolean found = false;
            while (head < tail && !found) {
                int a = queue[head++];
                if (dist[a] >= SMALL_RING - 1) continue;
                for (int c : adj[a]) {
                    if (a == u && c == v) continue;
                    if (c == v) { found = true; break; }
                    if (seen[c] == stamp) continue;
                    seen[c] = stamp;
                    dist[c] = dist[a] + 1;
                    queue[tail++] = c;
                }
            }
            if (found) {
                inRing[u] = inRing[v] = true;
                union(parent, u, v);
            }
        }
        for (int m = 0; m < bonds.length; m++)
            if (all.get(bonds[m]).order() != 1 && inRing[bi[m]] && inRing[bj[m]]) union(parent, bi[m], bj[m]);
        int[] system = new int[n], label = new int[n];
        Arrays.fill(label, -1);
        int count = 0;
        for (int a = 0; a < n; a++) {
            if (!inRing[a]) { system[a] = -1; continue; }
            int r = root(parent, a);
            if (label[r] < 0) label[r] = count++;
            system[a] = label[r];
        }
        return system;
    }

    private static int[][] members(int[] system) {
        int count = 0;
        for (int v : system) count = Math.max(count, v + 1);
        int[] size = new int[count];
        for (int v : system) if (v >= 0) size[v]++;
        int[][] m = new int[count][];
        for (int k = 0; k < count; k++) m[k] = new int[size[k]];
        Arrays.fill(size, 0);
        for (int a = 0; a < system.length; a++) if (system[a] >= 0) m[system[a]][size[system[a]]++] = a;
        return m;
    }

    /** Breadth-first order from atom 0 (a fragment is connected). */
    private static int[] breadthFirstOrder(int[][] adj) {
        int n = adj.length;
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        int head = 0, tail = 0;
        for (int s = 0; s < n; s++) { // connected, but be safe
            if (seen[s]) continue;
            seen[s] = true;
            order[tail++] = s;
            while (head < tail) {
                int a = order[head++];
                for (int b : adj[a]) if (!seen[b]) { seen[b] = true; order[tail++] = b; }
            }
        }
        return order;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a), rb = root(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static int root(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }
}

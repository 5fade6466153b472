package dev.curvature.linalg;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Cholesky factor A = L·Lᵀ of a symmetric positive-definite {@link SparseBlockMatrix}, in envelope
 * (skyline) storage after a reverse Cuthill–McKee ordering of the atoms (George &amp; Liu, Computer
 * Solution of Large Sparse Positive Definite Systems, 1981, ch. 4): fill stays inside the
 * envelope, so for molecules numbered along their bonds — chains, peptides, solvent boxes of small
 * molecules — memory and time are roughly N·w and N·w² for an envelope width w of tens of
 * coordinates, instead of the dense 9N² and 9N³.
 */
public final class EnvelopeCholesky {
    private final int n;
    private final int[] dofOf;       // permuted position -> original coordinate
    private final int[] first;       // first stored column of each permuted row
    private final int[] rowStart;    // offset of element (i, first[i]) in values
    private final double[] values;

    private EnvelopeCholesky(int n, int[] dofOf, int[] first, int[] rowStart, double[] values) {
        this.n = n;
        this.dofOf = dofOf;
        this.first = first;
        this.rowStart = rowStart;
        this.values = values;
    }

    /**
     * Factors A.
     *
     * @throws IllegalArgumentException if A is not positive definite (a pivot ≤ 0)
     */
    public static EnvelopeCholesky factor(SparseBlockMatrix a) {
        int atoms = a.atoms(), n = 3 * atoms;
        int[][] adj = a.adjacency();
        int[] order = reverseCuthillMcKee(adj);
        int[] position = new int[atoms];
        for (int p = 0; p < atoms; p++) position[order[p]] = p;
        int[] dofOf = new int[n], first = new int[n], rowStart = new int[n + 1];
        for (int p = 0; p < atoms; p++) {
            int lowest = p;
            for (int b : adj[order[p]]) lowest = Math.min(lowest, position[b]);
            for (int i = 0; i < 3; i++) {
                dofOf[3 * p + i] = 3 * order[p] + i;
                first[3 * p + i] = 3 * lowest;
            }
        }
        long size = 0;
        for (int r = 0; r < n; r++) {
            if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("envelope too large for this factorization");
            rowStart[r] = (int) size;
            size += r - first[r] + 1;
        }
        rowStart[n] = (int) size;
        double[] v = new double[(int) size];
        // scatter A's lower triangle (in permuted order) into the envelope
        for (int p = 0; p < atoms; p++) {
            int atom = order[p];
            double[] d = a.diagonalBlock(atom);
            for (int i = 0; i < 3; i++)
                for (int j = 0; j <= i; j++) v[rowStart[3 * p + i] + 3 * p + j - first[3 * p + i]] = d[3 * i + j];
            for (int b : adj[atom]) {
                int q = position[b];
                if (q >= p) continue;
                // element (row in atom, column in b): block (atom, b) if atom < b, else transpose of (b, atom)
                double[] blk = atom < b ? a.storedBlock(atom, b) : a.storedBlock(b, atom);
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 3; j++) {
                        double val = atom < b ? blk[3 * i + j] : blk[3 * j + i];
                        v[rowStart[3 * p + i] + 3 * q + j - first[3 * p + i]] = val;
                    }
            }
        }
        // row-oriented envelope Cholesky (bordering method)
        for (int i = 0; i < n; i++) {
            int fi = first[i], oi = rowStart[i] - fi;
            for (int j = fi; j < i; j++) {
                int fj = first[j], oj = rowStart[j] - fj;
                double s = v[oi + j];
                for (int k = Math.max(fi, fj); k < j; k++) s -= v[oi + k] * v[oj + k];
                v[oi + j] = s / v[oj + j];
            }
            double s = v[oi + i];
            for (int k = fi; k < i; k++) s -= v[oi + k] * v[oi + k];
            if (!(s > 0)) throw new IllegalArgumentException("matrix is not positive definite (pivot " + s + " at coordinate " + dofOf[i] + ")");
            v[oi + i] = Math.sqrt(s);
        }
        return new EnvelopeCholesky(n, dofOf, first, rowStart, v);
    }

    /** Number of stored factor entries (the envelope size). */
    public long storedEntries() { return values.length; }

    /** z = A⁻¹·r (r is not modified; z may not be r). */
    public void solve(double[] r, double[] z) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = r[dofOf[i]];
        for (int i = 0; i < n; i++) { // L w' = w
            int fi = first[i], oi = rowStart[i] - fi;
            double s = w[i];
            for (int k = fi; k < i; k++) s -= v(oi + k) * w[k];
            w[i] = s / v(oi + i);
        }
        for (int i = n - 1; i >= 0; i--) { // Lᵀ z = w', column sweep
            int fi = first[i], oi = rowStart[i] - fi;
            w[i] /= v(oi + i);
            double wi = w[i];
            for (int k = fi; k < i; k++) w[k] -= v(oi + k) * wi;
        }
        for (int i = 0; i < n; i++) z[dofOf[i]] = w[i];
    }

    private double v(int index) { return values[index]; }

    /**
     * Reverse Cuthill–McKee order of a graph (every component, each started from a
     * pseudo-peripheral vertex found by repeated breadth-first search).
     */
    static int[] reverseCuthillMcKee(int[][] adj) {
        int n = adj.length;
        int[] order = new int[n];
        boolean[] placed = new boolean[n];
        int count = 0;
        int[] level = new int[n];
        for (int seed = 0; seed < n; seed++) {
            if (placed[seed]) continue;
            int start = pseudoPeripheral(adj, seed, level);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            placed[start] = true;
            while (!queue.isEmpty()) {
                int a = queue.poll();
                order[count++] = a;
                int[] next = Arrays.stream(adj[a]).filter(b -> !placed[b]).toArray();
                Integer[] boxed = Arrays.stream(next).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, (p, q) -> Integer.compare(adj[p].length, adj[q].length));
                for (int b : boxed) {
                    if (placed[b]) continue;
                    placed[b] = true;
                    queue.add(b);
                }
            }
        }
        for (int i = 0, j = n - 1; i < j; i++, j--) { int t = order[i]; order[i] = order[j]; order[j] = t; }
        return order;
    }

    /** The last vertex of the deepest breadth-first search, repeated while the depth grows. */
    private static int pseudoPeripheral(int[][] adj, int start, int[] level) {
        int current = start, depth = -1;
        for (int round = 0; round < 8; round++) {
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            java.util.List<Integer> seen = new java.util.ArrayList<>();
            queue.add(current);
            seen.add(current);
            level[current] = 1;
            int last = current, maxLevel = 1;
            while (!queue.isEmpty()) {
                int a = queue.poll();
                for (int b : adj[a])
                    if (level[b] == 0) {
                        level[b] = level[a] + 1;
                        queue.add(b);
                        seen.add(b);
                        if (level[b] > maxLevel || (level[b] == maxLevel && adj[b].length < adj[last].length)) {
                            maxLevel = level[b];
                            last = b;
                        }
                    }
            }
            for (int a : seen) level[a] = 0;
            if (maxLevel <= depth) break;
            depth = maxLevel;
            current = last;
        }
        return current;
    }
}

package dev.curvature.linalg;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A symmetric 3N×3N matrix stored as 3×3 blocks per atom pair that interacts (diagonal blocks
 * always present): the shape of a force-field Hessian or of a model Hessian for N atoms, with
 * memory proportional to the number of interacting pairs instead of 9N². Blocks are row-major;
 * block (a, b) with a &gt; b is the transpose of block (b, a) and is not stored.
 */
public final class SparseBlockMatrix {
    private final int atoms;
    private final double[][] diagonal;
    private final Map<Long, double[]> offDiagonal = new HashMap<>();

    public SparseBlockMatrix(int atoms) {
        this.atoms = atoms;
        this.diagonal = new double[atoms][9];
    }

    public int atoms() { return atoms; }

    public int dimension() { return 3 * atoms; }

    /** Number of stored off-diagonal blocks (atom pairs a &lt; b). */
    public int pairCount() { return offDiagonal.size(); }

    /** Adds v to element (3a+i, 3b+j) and, off the diagonal, to its mirror (3b+j, 3a+i). */
    public void add(int a, int i, int b, int j, double v) {
        if (a == b) {
            diagonal[a][3 * i + j] += v;
            if (i != j) diagonal[a][3 * j + i] += v;
        } else if (a < b) {
            block(a, b)[3 * i + j] += v;
        } else {
            block(b, a)[3 * j + i] += v;
        }
    }

    /**
     * Adds v to element (r, c) of the full matrix if it lies in the stored half (atom of r ≤ atom
     * of c), and does nothing otherwise: for callers that add a symmetric matrix element by element
     * (both (r, c) and (c, r)), so each stored element is added exactly once.
     */
    public void addUpper(int r, int c, double v) {
        int a = r / 3, b = c / 3;
        if (a == b) diagonal[a][3 * (r % 3) + c % 3] += v;
        else if (a < b) block(a, b)[3 * (r % 3) + c % 3] += v;
    }

    /** Adds the symmetric 3×3 block M (given by its 6 elements) at (a, b) — and so Mᵀ = M at (b, a). */
    public void addSymmetricBlock(int a, int b, double xx, double yy, double zz, double xy, double xz, double yz) {
        double[] m = a == b ? diagonal[a] : a < b ? block(a, b) : block(b, a);
        m[0] += xx; m[1] += xy; m[2] += xz;
        m[3] += xy; m[4] += yy; m[5] += yz;
        m[6] += xz; m[7] += yz; m[8] += zz;
    }

    /**
     * Adds scale·g gᵀ for a vector g over the given atoms (3 entries per atom, in that order): the
     * Gauss–Newton contribution of one internal coordinate with gradient g.
     */
    public void addOuter(int[] atomsOfG, double[] g, double scale) {
        for (int p = 0; p < atomsOfG.length; p++)
            for (int q = p; q < atomsOfG.length; q++) {
                int a = atomsOfG[p], b = atomsOfG[q];
                if (a == b && p != q) continue; // repeated atom: counted by the diagonal pass
                for (int i = 0; i < 3; i++)
                    for (int j = (a == b ? i : 0); j < 3; j++)
                        add(a, i, b, j, scale * g[3 * p + i] * g[3 * q + j]);
            }
    }

    /** Adds s to every diagonal element. */
    public void addToDiagonal(double s) {
        for (double[] d : diagonal) { d[0] += s; d[4] += s; d[8] += s; }
    }

    /** y = A·x (both length 3N). The first call after a change packs the blocks into flat arrays. */
    public void multiply(double[] x, double[] y) {
        if (packedA == null || packedA.length != offDiagonal.size()) pack();
        Arrays.fill(y, 0.0);
        for (int a = 0; a < atoms; a++) addBlockProduct(diagonal[a], 0, x, 3 * a, y, 3 * a, false);
        for (int p = 0; p < packedA.length; p++) {
            int a = packedA[p], b = packedB[p];
            addBlockProduct(packed, 9 * p, x, 3 * b, y, 3 * a, false);
            addBlockProduct(packed, 9 * p, x, 3 * a, y, 3 * b, true);
        }
    }

    private int[] packedA, packedB;
    private double[] packed;

    private void pack() {
        int n = offDiagonal.size(), p = 0;
        packedA = new int[n];
        packedB = new int[n];
        packed = new double[9 * n];
        for (Map.Entry<Long, double[]> e : offDiagonal.entrySet()) {
            packedA[p] = (int) (e.getKey() >>> 32);
            packedB[p] = (int) (long) e.getKey();
            System.arraycopy(e.getValue(), 0, packed, 9 * p, 9);
            p++;
        }
    }

    /** Approximate bytes held (blocks, keys and map entries). */
    public long memoryBytes() {
        return 72L * atoms + 170L * offDiagonal.size();
    }

    /** Neighbour atoms per atom (the pairs with a stored block), for orderings. */
    public int[][] adjacency() {
        int[] count = new int[atoms];
        for (long key : offDiagonal.keySet()) { count[(int) (key >>> 32)]++; count[(int) key]++; }
        int[][] adj = new int[atoms][];
        for (int a = 0; a < atoms; a++) adj[a] = new int[count[a]];
        Arrays.fill(count, 0);
        for (long key : offDiagonal.keySet()) {
            int a = (int) (key >>> 32), b = (int) key;
            adj[a][count[a]++] = b;
            adj[b][count[b]++] = a;
        }
        return adj;
    }

    /** Element (r, c) of the full symmetric matrix. */
    public double get(int r, int c) {
        int a = r / 3, i = r % 3, b = c / 3, j = c % 3;
        if (a == b) return diagonal[a][3 * i + j];
        double[] blk = a < b ? offDiagonal.get(key(a, b)) : offDiagonal.get(key(b, a));
        if (blk == null) return 0.0;
        return a < b ? blk[3 * i + j] : blk[3 * j + i];
    }

    /** The 3×3 block (a, b), a &lt; b, or null if those atoms do not interact (do not modify). */
    double[] storedBlock(int a, int b) { return offDiagonal.get(key(a, b)); }

    double[] diagonalBlock(int a) { return diagonal[a]; }

    /** The dense 3N×3N matrix, row-major (for tests and small systems). */
    public double[] toDense() {
        int n = 3 * atoms;
        double[] m = new double[n * n];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) m[r * n + c] = get(r, c);
        return m;
    }

    private double[] block(int a, int b) {
        packedA = null; // modified: pack again before the next product
        return offDiagonal.computeIfAbsent(key(a, b), k -> new double[9]);
    }

    private static long key(int a, int b) { return ((long) a << 32) | b; }

    private static void addBlockProduct(double[] blk, int o, double[] x, int xo, double[] y, int yo, boolean transpose) {
        double x0 = x[xo], x1 = x[xo + 1], x2 = x[xo + 2];
        if (transpose) {
            y[yo] += blk[o] * x0 + blk[o + 3] * x1 + blk[o + 6] * x2;
            y[yo + 1] += blk[o + 1] * x0 + blk[o + 4] * x1 + blk[o + 7] * x2;
            y[yo + 2] += blk[o + 2] * x0 + blk[o + 5] * x1 + blk[o + 8] * x2;
        } else {
            y[yo] += blk[o] * x0 + blk[o + 1] * x1 + blk[o + 2] * x2;
            y[yo + 1] += blk[o + 3] * x0 + blk[o + 4] * x1 + blk[o + 5] * x2;
            y[yo + 2] += blk[o + 6] * x0 + blk[o + 7] * x1 + blk[o + 8] * x2;
        }
    }
}

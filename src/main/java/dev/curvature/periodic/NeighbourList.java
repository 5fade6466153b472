package dev.curvature.periodic;

import dev.curvature.structure.Cell;

import java.util.Arrays;

/**
 * A full neighbour list (every pair appears as i→j and j→i) of all atoms, and of all their periodic
 * images, closer than {@code cutoff + skin}: built in O(N) by binning fractional coordinates into
 * cells at least as wide as the cutoff. It is correct for small and skewed triclinic cells where
 * the cutoff exceeds half a cell width (then an atom sees several images of the same neighbour,
 * and of itself): the bin search reaches as many image layers as the perpendicular widths need.
 *
 * <p>Entries store the neighbour and its lattice image (n_a, n_b, n_c), not a vector, so callers
 * compute r_ij = x_j − x_i + n·L from the current positions and cell. That keeps the list valid
 * under small strains and displacements (up to half the skin) and makes strain derivatives exact.
 * Without a cell the same binning gives an O(N) list for molecules.
 */
public final class NeighbourList {
    private final double cutoff;
    private final double skin;
    private final int[] start;      // entries of atom i are start[i] .. start[i+1]-1
    private final int[] neighbour;
    private final int[] image;      // 3 per entry
    private final double[] builtAt; // positions at build time, for the skin check

    private NeighbourList(double cutoff, double skin, int[] start, int[] neighbour, int[] image, double[] builtAt) {
        this.cutoff = cutoff;
        this.skin = skin;
        this.start = start;
        this.neighbour = neighbour;
        this.image = image;
        this.builtAt = builtAt;
    }

    /**
     * @param positionsAngstrom 3N Cartesian coordinates
     * @param cell              periodic cell, or null for an isolated system
     * @param cutoff            interaction cutoff (Å)
     * @param skin              extra margin (Å) so the list stays valid while atoms move up to skin/2
     */
    public static NeighbourList build(double[] positionsAngstrom, Cell cell, double cutoff, double skin) {
        if (!(cutoff > 0) || !(skin >= 0)) throw new IllegalArgumentException("cutoff must be positive and skin non-negative");
        int n = positionsAngstrom.length / 3;
        double reach = cutoff + skin;
        return cell == null ? buildOpen(positionsAngstrom, n, cutoff, skin, reach)
                : buildPeriodic(positionsAngstrom, new Lattice(cell), n, cutoff, skin, reach);
    }

    private static NeighbourList buildPeriodic(double[] x, Lattice lat, int n, double cutoff, double skin, double reach) {
        int[] bins = new int[3], reachBins = new int[3];
        int maxPerDirection = Math.max(1, (int) Math.ceil(Math.cbrt(n) * 2));
        for (int d = 0; d < 3; d++) {
            double width = lat.perpendicularWidth(d);
            bins[d] = Math.max(1, Math.min(maxPerDirection, (int) Math.floor(width / reach)));
            reachBins[d] = (int) Math.ceil(reach / (width / bins[d]) - 1e-12);
        }
        // wrapped fractional coordinates, the whole-cell shift that wrapping removed, and the bin
        double[] s = new double[3];
        int[] shift = new int[3 * n];
        int[] binOf = new int[n];
        for (int i = 0; i < n; i++) {
            lat.toFractional(x[3 * i], x[3 * i + 1], x[3 * i + 2], s);
            int[] b = new int[3];
            for (int d = 0; d < 3; d++) {
                double f = Math.floor(s[d]);
                shift[3 * i + d] = (int) f;
                double w = s[d] - f;
                b[d] = Math.min(bins[d] - 1, (int) (w * bins[d]));
            }
            binOf[i] = (b[0] * bins[1] + b[1]) * bins[2] + b[2];
        }
        int[][] members = groupByBin(binOf, bins[0] * bins[1] * bins[2]);
        double[] t = new double[3];
        double reach2 = reach * reach;
        Builder out = new Builder(n);
        for (int i = 0; i < n; i++) {
            int bi = binOf[i];
            int b0 = bi / (bins[1] * bins[2]), b1 = (bi / bins[2]) % bins[1], b2 = bi % bins[2];
            for (int d0 = -reachBins[0]; d0 <= reachBins[0]; d0++)
                for (int d1 = -reachBins[1]; d1 <= reachBins[1]; d1++)
                    for (int d2 = -reachBins[2]; d2 <= reachBins[2]; d2++) {
                        int v0 = b0 + d0, v1 = b1 + d1, v2 = b2 + d2;
                        int w0 = Math.floorDiv(v0, bins[0]), w1 = Math.floorDiv(v1, bins[1]), w2 = Math.floorDiv(v2, bins[2]);
                        int bj = ((v0 - w0 * bins[0]) * bins[1] + (v1 - w1 * bins[1])) * bins[2] + (v2 - w2 * bins[2]);
                        for (int j : members[bj]) {
                            int na = w0 - shift[3 * j] + shift[3 * i];
                            int nb = w1 - shift[3 * j + 1] + shift[3 * i + 1];
                            int nc = w2 - shift[3 * j + 2] + shift[3 * i + 2];
                            if (j == i && na == 0 && nb == 0 && nc == 0) continue;
                            lat.translation(na, nb, nc, t);
                            double dx = x[3 * j] - x[3 * i] + t[0], dy = x[3 * j + 1] - x[3 * i + 1] + t[1], dz = x[3 * j + 2] - x[3 * i + 2] + t[2];
                            if (dx * dx + dy * dy + dz * dz < reach2) out.add(j, na, nb, nc);
                        }
                    }
            out.endAtom(i);
        }
        return out.finish(cutoff, skin, x);
    }

    private static NeighbourList buildOpen(double[] x, int n, double cutoff, double skin, double reach) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < n; i++)
            for (int d = 0; d < 3; d++) { lo[d] = Math.min(lo[d], x[3 * i + d]); hi[d] = Math.max(hi[d], x[3 * i + d]); }
        int[] bins = new int[3];
        int maxPerDirection = Math.max(1, (int) Math.ceil(Math.cbrt(n) * 2));
        for (int d = 0; d < 3; d++) bins[d] = n == 0 ? 1 : Math.max(1, Math.min(maxPerDirection, (int) Math.floor((hi[d] - lo[d]) / reach)));
        int[] binOf = new int[n];
        int[][] coord = new int[n][3];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 3; d++) {
                double span = hi[d] - lo[d];
                int b = span > 0 ? (int) ((x[3 * i + d] - lo[d]) / span * bins[d]) : 0;
                coord[i][d] = Math.min(bins[d] - 1, b);
            }
            binOf[i] = (coord[i][0] * bins[1] + coord[i][1]) * bins[2] + coord[i][2];
        }
        int[][] members = groupByBin(binOf, bins[0] * bins[1] * bins[2]);
        double reach2 = reach * reach;
        Builder out = new Builder(n);
        for (int i = 0; i < n; i++) {
            for (int d0 = -1; d0 <= 1; d0++)
                for (int d1 = -1; d1 <= 1; d1++)
                    for (int d2 = -1; d2 <= 1; d2++) {
                        int v0 = coord[i][0] + d0, v1 = coord[i][1] + d1, v2 = coord[i][2] + d2;
                        if (v0 < 0 || v1 < 0 || v2 < 0 || v0 >= bins[0] || v1 >= bins[1] || v2 >= bins[2]) continue;
                        for (int j : members[(v0 * bins[1] + v1) * bins[2] + v2]) {
                            if (j == i) continue;
                            double dx = x[3 * j] - x[3 * i], dy = x[3 * j + 1] - x[3 * i + 1], dz = x[3 * j + 2] - x[3 * i + 2];
                            if (dx * dx + dy * dy + dz * dz < reach2) out.add(j, 0, 0, 0);
                        }
                    }
            out.endAtom(i);
        }
        return out.finish(cutoff, skin, x);
    }

    private static int[][] groupByBin(int[] binOf, int binCount) {
        int[] count = new int[binCount];
        for (int b : binOf) count[b]++;
        int[][] members = new int[binCount][];
        for (int b = 0; b < binCount; b++) members[b] = new int[count[b]];
        Arrays.fill(count, 0);
        for (int i = 0; i < binOf.length; i++) members[binOf[i]][count[binOf[i]]++] = i;
        return members;
    }

    /** Interaction cutoff (Å) the list was built for; entries reach cutoff + skin. */
    public double cutoff() { return cutoff; }

    public double skin() { return skin; }

    public int atomCount() { return start.length - 1; }

    /** First entry of atom i. */
    public int start(int i) { return start[i]; }

    /** One past the last entry of atom i. */
    public int end(int i) { return start[i + 1]; }

    /** Total number of entries (each pair twice). */
    public int size() { return neighbour.length; }

    /** The neighbour atom of entry k. */
    public int neighbour(int k) { return neighbour[k]; }

    /** Lattice image of entry k along a (0), b (1) or c (2). */
    public int image(int k, int axis) { return image[3 * k + axis]; }

    /**
     * r_j + n·L − r_i for entry k of atom i, at the given positions and cell (null cell: no image).
     * The cell may differ from the one the list was built with by a small strain.
     */
    public void vector(int i, int k, double[] x, Cell cell, double[] out) {
        int j = neighbour[k];
        out[0] = x[3 * j] - x[3 * i];
        out[1] = x[3 * j + 1] - x[3 * i + 1];
        out[2] = x[3 * j + 2] - x[3 * i + 2];
        if (cell != null) {
            double[][] v = cell.vectorsAngstrom();
            int na = image[3 * k], nb = image[3 * k + 1], nc = image[3 * k + 2];
            for (int c = 0; c < 3; c++) out[c] += na * v[0][c] + nb * v[1][c] + nc * v[2][c];
        }
    }

    /** Whether some atom has moved more than half the skin since the list was built. */
    public boolean isStale(double[] positionsAngstrom) {
        if (positionsAngstrom.length != builtAt.length) return true;
        double limit2 = 0.25 * skin * skin;
        for (int i = 0; i < builtAt.length; i += 3) {
            double dx = positionsAngstrom[i] - builtAt[i], dy = positionsAngstrom[i + 1] - builtAt[i + 1], dz = positionsAngstrom[i + 2] - builtAt[i + 2];
            if (dx * dx + dy * dy + dz * dz > limit2) return true;
        }
        return false;
    }

    /** Grows the entry arrays as pairs are found. */
    private static final class Builder {
        private final int[] start;
        private int[] nb = new int[64];
        private int[] img = new int[192];
        private int size;

        Builder(int atoms) { start = new int[atoms + 1]; }

        void add(int j, int na, int nb2, int nc) {
            if (size == nb.length) {
                nb = Arrays.copyOf(nb, 2 * size);
                img = Arrays.copyOf(img, 6 * size);
            }
            nb[size] = j;
            img[3 * size] = na;
            img[3 * size + 1] = nb2;
            img[3 * size + 2] = nc;
            size++;
        }

        void endAtom(int i) { start[i + 1] = size; }

        NeighbourList finish(double cutoff, double skin, double[] x) {
            return new NeighbourList(cutoff, skin, start, Arrays.copyOf(nb, size), Arrays.copyOf(img, 3 * size), x.clone());
        }
    }
}

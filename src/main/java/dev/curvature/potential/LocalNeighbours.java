package dev.curvature.potential;

import dev.curvature.periodic.NeighbourList;

import java.util.Arrays;

/**
 * The neighbours of one atom inside a cutoff, with their bond vectors r = x_j − x_i + n·L and
 * lengths recomputed from the current positions and cell: the inner loops of every many-body
 * potential read these flat arrays instead of the list.
 */
public final class LocalNeighbours {
    public int count;
    public int[] atom = new int[64];
    /** Full-list entry each neighbour came from. */
    public int[] entry = new int[64];
    public double[] dx = new double[64], dy = new double[64], dz = new double[64], r = new double[64];

    /**
     * Collects the neighbours of atom i closer than sqrt(cutoffSq).
     *
     * @param l lattice rows (row-major a, b, c; zeros without a cell)
     */
    public void collect(NeighbourList list, double[] x, double[] l, int i, double cutoffSq) {
        count = 0;
        double xi = x[3 * i], yi = x[3 * i + 1], zi = x[3 * i + 2];
        for (int k = list.start(i), end = list.end(i); k < end; k++) {
            int j = list.neighbour(k);
            int na = list.image(k, 0), nb = list.image(k, 1), nc = list.image(k, 2);
            double ddx = x[3 * j] - xi, ddy = x[3 * j + 1] - yi, ddz = x[3 * j + 2] - zi;
            if ((na | nb | nc) != 0) {
                ddx += na * l[0] + nb * l[3] + nc * l[6];
                ddy += na * l[1] + nb * l[4] + nc * l[7];
                ddz += na * l[2] + nb * l[5] + nc * l[8];
            }
            double r2 = ddx * ddx + ddy * ddy + ddz * ddz;
            if (r2 >= cutoffSq) continue;
            if (count == atom.length) grow();
            atom[count] = j;
            entry[count] = k;
            dx[count] = ddx;
            dy[count] = ddy;
            dz[count] = ddz;
            r[count] = Math.sqrt(r2);
            count++;
        }
    }

    private void grow() {
        int c = 2 * atom.length;
        atom = Arrays.copyOf(atom, c);
        entry = Arrays.copyOf(entry, c);
        dx = Arrays.copyOf(dx, c);
        dy = Arrays.copyOf(dy, c);
        dz = Arrays.copyOf(dz, c);
        r = Arrays.copyOf(r, c);
    }
}

package dev.curvature.periodic;

import dev.curvature.structure.Cell;

/**
 * Arithmetic on a cell whose rows are the lattice vectors a, b, c (Å): Cartesian ↔ fractional
 * coordinates (x = s·L), reciprocal vectors, and the perpendicular widths that decide how many
 * periodic images a cutoff reaches.
 */
public final class Lattice {
    private final double[] l = new double[9];    // row-major rows a, b, c
    private final double[] inv = new double[9];  // L⁻¹: s = x·L⁻¹
    private final double volume;

    public Lattice(Cell cell) {
        double[][] v = cell.vectorsAngstrom();
        for (int r = 0; r < 3; r++) System.arraycopy(v[r], 0, l, 3 * r, 3);
        double det = l[0] * (l[4] * l[8] - l[5] * l[7]) - l[1] * (l[3] * l[8] - l[5] * l[6]) + l[2] * (l[3] * l[7] - l[4] * l[6]);
        if (!(Math.abs(det) > 1e-12)) throw new IllegalArgumentException("the cell has no volume (its lattice vectors are coplanar)");
        inv[0] = (l[4] * l[8] - l[5] * l[7]) / det;
        inv[1] = (l[2] * l[7] - l[1] * l[8]) / det;
        inv[2] = (l[1] * l[5] - l[2] * l[4]) / det;
        inv[3] = (l[5] * l[6] - l[3] * l[8]) / det;
        inv[4] = (l[0] * l[8] - l[2] * l[6]) / det;
        inv[5] = (l[2] * l[3] - l[0] * l[5]) / det;
        inv[6] = (l[3] * l[7] - l[4] * l[6]) / det;
        inv[7] = (l[1] * l[6] - l[0] * l[7]) / det;
        inv[8] = (l[0] * l[4] - l[1] * l[3]) / det;
        volume = Math.abs(det);
    }

    /** Cell volume, Å³. */
    public double volume() { return volume; }

    /** Component c of lattice vector r (r = 0, 1, 2 for a, b, c). */
    public double vector(int r, int c) { return l[3 * r + c]; }

    /** Fractional coordinates of one Cartesian point. */
    public void toFractional(double x, double y, double z, double[] out) {
        for (int c = 0; c < 3; c++) out[c] = x * inv[c] + y * inv[3 + c] + z * inv[6 + c];
    }

    /** Cartesian offset n_a·a + n_b·b + n_c·c into out[0..2]. */
    public void translation(int na, int nb, int nc, double[] out) {
        for (int c = 0; c < 3; c++) out[c] = na * l[c] + nb * l[3 + c] + nc * l[6 + c];
    }

    /**
     * Distance between the two lattice planes spanned by the other two vectors, for direction d
     * (Å): a sphere of radius r meets ceil(r / width) image layers along d.
     */
    public double perpendicularWidth(int d) {
        int p = (d + 1) % 3, q = (d + 2) % 3;
        double cx = l[3 * p + 1] * l[3 * q + 2] - l[3 * p + 2] * l[3 * q + 1];
        double cy = l[3 * p + 2] * l[3 * q] - l[3 * p] * l[3 * q + 2];
        double cz = l[3 * p] * l[3 * q + 1] - l[3 * p + 1] * l[3 * q];
        return volume / Math.sqrt(cx * cx + cy * cy + cz * cz);
    }
}

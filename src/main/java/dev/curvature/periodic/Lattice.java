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

    /** Cartesian point of fractional coordinates (s_a, s_b, s_c) into out[0..2]. */
    public void toCartesian(double sa, double sb, double sc, double[] out) {
        for (int c = 0; c < 3; c++) out[c] = sa * l[c] + sb * l[3 + c] + sc * l[6 + c];
    }

    /** Component c of reciprocal vector k, with a_i·b_k = 2π δ_ik (Å⁻¹). */
    public double reciprocal(int k, int c) { return 2 * Math.PI * inv[3 * c + k]; }

    /** Fractional coordinates of all atoms (3N, interleaved). */
    public double[] fractional(double[] positionsAngstrom) {
        double[] s = new double[positionsAngstrom.length], t = new double[3];
        for (int i = 0; i < s.length; i += 3) {
            toFractional(positionsAngstrom[i], positionsAngstrom[i + 1], positionsAngstrom[i + 2], t);
            System.arraycopy(t, 0, s, i, 3);
        }
        return s;
    }

    /** Cartesian positions (Å, 3N) of fractional coordinates (3N). */
    public double[] cartesian(double[] fractional) {
        double[] x = new double[fractional.length], t = new double[3];
        for (int i = 0; i < x.length; i += 3) {
            toCartesian(fractional[i], fractional[i + 1], fractional[i + 2], t);
            System.arraycopy(t, 0, x, i, 3);
        }
        return x;
    }

    /**
     * Positions moved by whole lattice vectors into the cell, fractional coordinates in [0, 1).
     * Values within 1e-12 of 1 become 0 so an atom on a face is not split between two sides.
     */
    public double[] wrap(double[] positionsAngstrom) {
        double[] s = fractional(positionsAngstrom);
        for (int i = 0; i < s.length; i++) {
            double w = s[i] - Math.floor(s[i]);
            s[i] = w >= 1 - 1e-12 ? 0.0 : w;
        }
        return cartesian(s);
    }

    /** Lengths |a|, |b|, |c| (Å) and angles α (b,c), β (a,c), γ (a,b) in degrees. */
    public double[] parameters() {
        double[] len = new double[3];
        for (int r = 0; r < 3; r++) len[r] = Math.sqrt(dot(r, r));
        return new double[] {len[0], len[1], len[2],
                Math.toDegrees(Math.acos(dot(1, 2) / (len[1] * len[2]))),
                Math.toDegrees(Math.acos(dot(0, 2) / (len[0] * len[2]))),
                Math.toDegrees(Math.acos(dot(0, 1) / (len[0] * len[1])))};
    }

    private double dot(int p, int q) {
        return l[3 * p] * l[3 * q] + l[3 * p + 1] * l[3 * q + 1] + l[3 * p + 2] * l[3 * q + 2];
    }

    /**
     * The cell with these lengths (Å) and angles (degrees) in the crystallographic standard
     * orientation: a along x, b in the xy plane (the setting CIF and LAMMPS use).
     */
    public static Cell fromParameters(double a, double b, double c, double alpha, double beta, double gamma) {
        double ca = Math.cos(Math.toRadians(alpha)), cb = Math.cos(Math.toRadians(beta)), cg = Math.cos(Math.toRadians(gamma));
        double sg = Math.sin(Math.toRadians(gamma));
        double cx = c * cb, cy = c * (ca - cb * cg) / sg;
        double cz2 = c * c - cx * cx - cy * cy;
        if (!(cz2 > 0) || !(a > 0 && b > 0 && c > 0))
            throw new IllegalArgumentException("cell parameters " + a + " " + b + " " + c + " " + alpha + " " + beta + " " + gamma + " describe no cell");
        return new Cell(new double[][] {{a, 0, 0}, {b * cg, b * sg, 0}, {cx, cy, Math.sqrt(cz2)}});
    }
}

package dev.curvature.ml.descriptor;

import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.structure.Cell;

/**
 * The descriptors of one configuration summed per central element, D(t, f) = Σ_{i∈t} G_f(i), with
 * their exact derivatives with respect to every position (dD/dx, 3N) and to a homogeneous strain
 * (dD/dε_ab = Σ_bonds ∂D/∂r_a r_b, 9 row-major) — everything a linear model's energy, force and
 * stress rows need; for a quadratic model also the per-element sums of products Σ_i G_f(i) G_g(i)
 * and their derivatives. Cost is linear in N: each atom sees only its neighbours inside the cutoff.
 */
public final class FrameDescriptors {
    public final BasisSpec spec;
    public final int atoms;
    /** Atoms of each element. */
    public final int[] counts;
    /** D(t, f) at index t·C + f, C = {@link BasisSpec#columns()} (features, then quadratic products). */
    public final double[] sums;
    /** dD(t, f)/dx at (t·C + f)·3N + 3·atom + axis, or null if derivatives were not asked for. */
    public final double[] gradient;
    /** dD(t, f)/dε_ab at (t·C + f)·9 + 3a + b, or null. */
    public final double[] strain;

    private FrameDescriptors(BasisSpec spec, int atoms, boolean derivatives) {
        this.spec = spec;
        this.atoms = atoms;
        int cols = spec.species() * spec.columns();
        counts = new int[spec.species()];
        sums = new double[cols];
        gradient = derivatives ? new double[cols * 3 * atoms] : null;
        strain = derivatives ? new double[cols * 9] : null;
    }

    /**
     * @param type species index of every atom in {@code spec.elements()}
     * @param x    3N positions (Å)
     * @param cell periodic cell or null for a molecule
     */
    public static FrameDescriptors compute(BasisSpec spec, int[] type, double[] x, Cell cell, boolean derivatives) {
        FrameDescriptors d = new FrameDescriptors(spec, type.length, derivatives);
        d.fill(type, x, cell);
        return d;
    }

    private void fill(int[] type, double[] x, Cell cell) {
        int nf = spec.featureCount(), cols = spec.columns();
        double rc = spec.cutoff();
        NeighbourList list = NeighbourList.build(x, cell, rc, 0.0);
        double[] l = new double[9];
        if (cell != null) {
            double[][] v = cell.vectorsAngstrom();
            for (int r = 0; r < 3; r++) System.arraycopy(v[r], 0, l, 3 * r, 3);
        }
        LocalNeighbours nb = new LocalNeighbours();
        AtomDescriptors atom = new AtomDescriptors(spec);
        int n3x = 3 * atoms;
        boolean derivatives = gradient != null;
        for (int i = 0; i < atoms; i++) {
            int ti = type[i];
            counts[ti]++;
            int base = ti * cols;
            nb.collect(list, x, l, i, rc * rc);
            atom.compute(type, nb, derivatives);
            double[] g = atom.value, j = atom.bond;
            int st = atom.stride();
            for (int f = 0; f < nf; f++) sums[base + f] += g[f];
            if (spec.quadratic())
                for (int f = 0, c = base + nf; f < nf; f++)
                    for (int h = f; h < nf; h++, c++) sums[c] += g[f] * g[h];
            if (!derivatives) continue;
            for (int q = 0; q < nb.count; q++) {
                int to = nb.atom[q];
                double rx = nb.dx[q], ry = nb.dy[q], rz = nb.dz[q];
                for (int f = 0; f < nf; f++) {
                    int o = f * st + 3 * q;
                    bond(base + f, i, to, rx, ry, rz, j[o], j[o + 1], j[o + 2], n3x);
                }
                if (!spec.quadratic()) continue;
                // ∂(G_f G_h)/∂r_q = G_f ∂G_h/∂r_q + G_h ∂G_f/∂r_q
                for (int f = 0, c = base + nf; f < nf; f++) {
                    int of = f * st + 3 * q;
                    for (int h = f; h < nf; h++, c++) {
                        int oh = h * st + 3 * q;
                        double gx = g[f] * j[oh] + g[h] * j[of], gy = g[f] * j[oh + 1] + g[h] * j[of + 1], gz = g[f] * j[oh + 2] + g[h] * j[of + 2];
                        if (gx != 0 || gy != 0 || gz != 0) bond(c, i, to, rx, ry, rz, gx, gy, gz, n3x);
                    }
                }
            }
        }
    }

    /** Scatters ∂D_col/∂r for bond r = x_to − x_from + image into the position and strain derivatives. */
    private void bond(int col, int from, int to, double rx, double ry, double rz, double gx, double gy, double gz, int n3x) {
        int g = col * n3x;
        gradient[g + 3 * to] += gx;
        gradient[g + 3 * to + 1] += gy;
        gradient[g + 3 * to + 2] += gz;
        gradient[g + 3 * from] -= gx;
        gradient[g + 3 * from + 1] -= gy;
        gradient[g + 3 * from + 2] -= gz;
        int s = col * 9;
        strain[s] += gx * rx; strain[s + 1] += gx * ry; strain[s + 2] += gx * rz;
        strain[s + 3] += gy * rx; strain[s + 4] += gy * ry; strain[s + 5] += gy * rz;
        strain[s + 6] += gz * rx; strain[s + 7] += gz * ry; strain[s + 8] += gz * rz;
    }
}

package dev.curvature.ml.descriptor;

import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.structure.Cell;

/**
 * The descriptors of one configuration summed per central element, D(t, f) = Σ_{i∈t} G_f(i), with
 * their exact derivatives with respect to every position (dD/dx, 3N) and to a homogeneous strain
 * (dD/dε_ab = Σ_bonds ∂D/∂r_a r_b, 9 row-major) — everything a linear model's energy, force and
 * stress rows need. Cost is linear in N: each atom sees only its neighbours inside the cutoff.
 */
public final class FrameDescriptors {
    public final BasisSpec spec;
    public final int atoms;
    /** Atoms of each element. */
    public final int[] counts;
    /** D(t, f) at index t·F + f. */
    public final double[] sums;
    /** dD(t, f)/dx at (t·F + f)·3N + 3·atom + axis, or null if derivatives were not asked for. */
    public final double[] gradient;
    /** dD(t, f)/dε_ab at (t·F + f)·9 + 3a + b, or null. */
    public final double[] strain;

    private FrameDescriptors(BasisSpec spec, int atoms, boolean derivatives) {
        this.spec = spec;
        this.atoms = atoms;
        int cols = spec.species() * spec.featureCount();
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
        int nf = spec.featureCount(), n2 = spec.radial2(), n3 = spec.radial3(), lmax = spec.lmax();
        double rc = spec.cutoff();
        RadialBasis b2 = new RadialBasis(rc, n2), b3 = n3 > 0 ? new RadialBasis(rc, n3) : null;
        NeighbourList list = NeighbourList.build(x, cell, rc, 0.0);
        double[] l = new double[9];
        if (cell != null) {
            double[][] v = cell.vectorsAngstrom();
            for (int r = 0; r < 3; r++) System.arraycopy(v[r], 0, l, 3 * r, 3);
        }
        LocalNeighbours nb = new LocalNeighbours();
        double[] f2 = new double[0], f2d = new double[0], f3 = new double[0], f3d = new double[0];
        double[] p = new double[lmax + 1], p1 = new double[lmax + 1];
        double[] ua = new double[3], ub = new double[3], pa = new double[3], pb = new double[3];
        int n3x = 3 * atoms;
        for (int i = 0; i < atoms; i++) {
            int ti = type[i];
            counts[ti]++;
            int base = ti * nf;
            nb.collect(list, x, l, i, rc * rc);
            int m = nb.count;
            if (f2.length < m * n2) { f2 = new double[m * n2]; f2d = new double[m * n2]; }
            if (f3.length < m * n3) { f3 = new double[m * n3]; f3d = new double[m * n3]; }
            for (int q = 0; q < m; q++) {
                b2.evaluate(nb.r[q], f2, f2d, null, q * n2);
                if (b3 != null) b3.evaluate(nb.r[q], f3, f3d, null, q * n3);
                int o = base + spec.twoBodyOffset(type[nb.atom[q]]);
                double rx = nb.dx[q], ry = nb.dy[q], rz = nb.dz[q], r = nb.r[q];
                for (int n = 0; n < n2; n++) {
                    sums[o + n] += f2[q * n2 + n];
                    if (gradient != null) {
                        double s = f2d[q * n2 + n] / r;
                        bond(o + n, i, nb.atom[q], rx, ry, rz, s * rx, s * ry, s * rz, n3x);
                    }
                }
            }
            if (b3 == null) continue;
            for (int s1 = 0; s1 < m - 1; s1++)
                for (int s2 = s1 + 1; s2 < m; s2++) {
                    int qa = s1, qb = s2;
                    if (type[nb.atom[qa]] > type[nb.atom[qb]]) { qa = s2; qb = s1; }
                    int ta = type[nb.atom[qa]], tb = type[nb.atom[qb]];
                    boolean same = ta == tb;
                    double a = nb.r[qa], b = nb.r[qb];
                    ua[0] = nb.dx[qa] / a; ua[1] = nb.dy[qa] / a; ua[2] = nb.dz[qa] / a;
                    ub[0] = nb.dx[qb] / b; ub[1] = nb.dy[qb] / b; ub[2] = nb.dz[qb] / b;
                    double c = ua[0] * ub[0] + ua[1] * ub[1] + ua[2] * ub[2];
                    for (int k = 0; k < 3; k++) { pa[k] = (ub[k] - c * ua[k]) / a; pb[k] = (ua[k] - c * ub[k]) / b; }
                    Legendre.evaluate(Math.max(-1, Math.min(1, c)), lmax, p, p1, null);
                    int o = base + spec.threeBodyOffset(ta, tb);
                    for (int n = 0; n < n3; n++)
                        for (int np = same ? n : 0; np < n3; np++) {
                            double fa = f3[qa * n3 + n], fb = f3[qb * n3 + np];
                            double ra = f3d[qa * n3 + n] * fb, rb = fa * f3d[qb * n3 + np], rv = fa * fb;
                            if (same && np != n) {
                                double ga = f3[qa * n3 + np], gb = f3[qb * n3 + n];
                                rv += ga * gb;
                                ra += f3d[qa * n3 + np] * gb;
                                rb += ga * f3d[qb * n3 + n];
                            }
                            int col = o + spec.radialPairIndex(same, n, np) * (lmax + 1);
                            for (int ll = 0; ll <= lmax; ll++) {
                                sums[col + ll] += rv * p[ll];
                                if (gradient == null) continue;
                                double ea = ra * p[ll], eb = rb * p[ll], ec = rv * p1[ll];
                                bond(col + ll, i, nb.atom[qa], nb.dx[qa], nb.dy[qa], nb.dz[qa],
                                        ea * ua[0] + ec * pa[0], ea * ua[1] + ec * pa[1], ea * ua[2] + ec * pa[2], n3x);
                                bond(col + ll, i, nb.atom[qb], nb.dx[qb], nb.dy[qb], nb.dz[qb],
                                        eb * ub[0] + ec * pb[0], eb * ub[1] + ec * pb[1], eb * ub[2] + ec * pb[2], n3x);
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

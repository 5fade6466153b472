package dev.curvature.ml.descriptor;

import dev.curvature.potential.LocalNeighbours;

/**
 * The features G_f(i) of one central atom ({@link BasisSpec} layout) and, when asked, their
 * derivatives with respect to each of its bond vectors r_q = x_j − x_i + image, ∂G_f/∂r_q (3 per
 * bond). Everything per-frame (sums, position and strain derivatives) and a model non-linear in
 * the features (the quadratic one) is built from these. Reused from atom to atom: buffers grow.
 */
public final class AtomDescriptors {
    private final BasisSpec spec;
    private final RadialBasis b2, b3;
    private final int features, n2, n3, lmax;
    /** G_f(i), f = 0..featureCount−1. */
    public final double[] value;
    /** ∂G_f/∂r_q at f·stride + 3q + axis (stride = 3·bonds), valid after {@link #compute} with derivatives. */
    public double[] bond = new double[0];
    /** Bonds (neighbours) of the last atom. */
    public int bonds;
    private double[] f2 = new double[0], f2d = new double[0], f3 = new double[0], f3d = new double[0];
    private final double[] p, p1, ua = new double[3], ub = new double[3], pa = new double[3], pb = new double[3];

    public AtomDescriptors(BasisSpec spec) {
        this.spec = spec;
        features = spec.featureCount();
        n2 = spec.radial2();
        n3 = spec.radial3();
        lmax = spec.lmax();
        b2 = new RadialBasis(spec.cutoff(), n2);
        b3 = n3 > 0 ? new RadialBasis(spec.cutoff(), n3) : null;
        value = new double[features];
        p = new double[lmax + 1];
        p1 = new double[lmax + 1];
    }

    /** Row stride of {@link #bond}: 3 × bonds. */
    public int stride() { return 3 * bonds; }

    /**
     * @param type species index of every atom
     * @param nb   the central atom's neighbours inside the cutoff (bond vectors and lengths)
     */
    public void compute(int[] type, LocalNeighbours nb, boolean derivatives) {
        int m = nb.count;
        bonds = m;
        java.util.Arrays.fill(value, 0.0);
        int st = 3 * m;
        if (derivatives) {
            if (bond.length < features * st) bond = new double[features * st];
            else java.util.Arrays.fill(bond, 0, features * st, 0.0);
        }
        if (f2.length < m * n2) { f2 = new double[m * n2]; f2d = new double[m * n2]; }
        if (f3.length < m * n3) { f3 = new double[m * n3]; f3d = new double[m * n3]; }
        for (int q = 0; q < m; q++) {
            b2.evaluate(nb.r[q], f2, f2d, null, q * n2);
            if (b3 != null) b3.evaluate(nb.r[q], f3, f3d, null, q * n3);
            int o = spec.twoBodyOffset(type[nb.atom[q]]);
            double r = nb.r[q];
            for (int n = 0; n < n2; n++) {
                value[o + n] += f2[q * n2 + n];
                if (!derivatives) continue;
                double s = f2d[q * n2 + n] / r;
                add(o + n, q, st, s * nb.dx[q], s * nb.dy[q], s * nb.dz[q]);
            }
        }
        if (b3 == null) return;
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
                int o = spec.threeBodyOffset(ta, tb);
                for (int n = 0; n < n3; n++)
                    for (int np = same ? n : 0; np < n3; np++) {
                        double fa = f3[qa * n3 + n], fb = f3[qb * n3 + np];
                        double ra = f3d[qa * n3 + n] * fb, rb = fa * f3d[qb * n3 + np], rv = fa * fb;
                        if (same && np != n) {   // symmetrised in (n, n') for like neighbours
                            double ga = f3[qa * n3 + np], gb = f3[qb * n3 + n];
                            rv += ga * gb;
                            ra += f3d[qa * n3 + np] * gb;
                            rb += ga * f3d[qb * n3 + n];
                        }
                        int col = o + spec.radialPairIndex(same, n, np) * (lmax + 1);
                        for (int ll = 0; ll <= lmax; ll++) {
                            value[col + ll] += rv * p[ll];
                            if (!derivatives) continue;
                            double ea = ra * p[ll], eb = rb * p[ll], ec = rv * p1[ll];
                            add(col + ll, qa, st, ea * ua[0] + ec * pa[0], ea * ua[1] + ec * pa[1], ea * ua[2] + ec * pa[2]);
                            add(col + ll, qb, st, eb * ub[0] + ec * pb[0], eb * ub[1] + ec * pb[1], eb * ub[2] + ec * pb[2]);
                        }
                    }
            }
    }

    private void add(int f, int q, int stride, double gx, double gy, double gz) {
        int o = f * stride + 3 * q;
        bond[o] += gx;
        bond[o + 1] += gy;
        bond[o + 2] += gz;
    }
}

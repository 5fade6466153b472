package dev.curvature.xtb.basis;

/**
 * One-electron integrals between two shells of Gaussians by the Obara-Saika recursion of 1D
 * overlaps: overlap ⟨a|b⟩, its derivative with respect to the centre of a (the derivative with
 * respect to the centre of b is its negative), and the dipole ⟨a|(r−A)|b⟩ and Cartesian second
 * moments ⟨a|(r−A)_i(r−A)_j|b⟩ about the centre A of a. Blocks are row-major: element
 * (function m of a, function n of b) at m·nb + n; vector components are outermost
 * (component k at k·na·nb + m·nb + n); second moments in the order xx, yy, zz, xy, xz, yz.
 * Positions and results are in bohr.
 */
public final class ShellIntegrals {
    private ShellIntegrals() {}

    private static final int[][] SECOND = {{0, 0}, {1, 1}, {2, 2}, {0, 1}, {0, 2}, {1, 2}};

    /** Overlap block only. */
    public static void overlapOnly(Shell a, double[] ra, Shell b, double[] rb, double[] s) {
        compute(a, ra, b, rb, s, null, null, null);
    }

    /** Overlap block and its gradient with respect to the centre of a (3 blocks). */
    public static void overlapGradient(Shell a, double[] ra, Shell b, double[] rb, double[] s, double[] dsda) {
        compute(a, ra, b, rb, s, dsda, null, null);
    }

    /** Overlap, dipole (3 blocks) and second moments (6 blocks) about the centre of a. */
    public static void multipoles(Shell a, double[] ra, Shell b, double[] rb, double[] s, double[] dip, double[] quad) {
        compute(a, ra, b, rb, s, null, dip, quad);
    }

    /** Powers of (r−A) per dimension of the ten moment operators: 1, x, y, z, xx, yy, zz, xy, xz, yz. */
    private static final int[][] MOMENT_POWERS = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {2, 0, 0}, {0, 2, 0},
            {0, 0, 2}, {1, 1, 0}, {1, 0, 1}, {0, 1, 1}};
    /** Number of blocks {@link #moments} fills: 10 moments, and with derivatives 30 more. */
    public static final int MOMENTS = 10, MOMENTS_WITH_DERIVATIVES = 40;

    /**
     * All moment integrals of a shell pair in one pass: blocks 0..9 are ⟨a|O|b⟩ for O = 1, (r−A)_x,
     * _y, _z, then the second moments xx, yy, zz, xy, xz, yz about A; with {@code derivatives}
     * block 10 + 10k + c is the derivative of block c with respect to component k of B, the centre
     * of b (the derivative with respect to A is its negative: all depend on B − A only). Each block
     * is na·nb row-major; out needs 40·na·nb (or 10·na·nb) elements, work 40·nca·ncb.
     */
    public static void moments(Shell a, double[] ra, Shell b, double[] rb, boolean derivatives, double[] out, double[] work) {
        int nca = a.cartesian.length, ncb = b.cartesian.length, nn = nca * ncb;
        int blocks = derivatives ? MOMENTS_WITH_DERIVATIVES : MOMENTS;
        java.util.Arrays.fill(work, 0, blocks * nn, 0);
        int imax = a.l + 2, jmax = b.l + (derivatives ? 1 : 0);
        double[][][] t = new double[3][imax + 1][jmax + 1];
        double[] v = new double[9], dv = new double[9];
        double r2 = 0;
        for (int k = 0; k < 3; k++) r2 += (ra[k] - rb[k]) * (ra[k] - rb[k]);
        for (int pa = 0; pa < a.exponents.length; pa++) {
            double al = a.exponents[pa];
            for (int pb = 0; pb < b.exponents.length; pb++) {
                double be = b.exponents[pb];
                double p = al + be, mu = al * be / p;
                if (mu * r2 > 50) continue; // e^-50: below any integral that matters
                double pre = a.coefficients[pa] * b.coefficients[pb] * Math.exp(-mu * r2) * Math.pow(Math.PI / p, 1.5);
                for (int k = 0; k < 3; k++) {
                    double pk = (al * ra[k] + be * rb[k]) / p;
                    table(t[k], imax, jmax, pk - ra[k], pk - rb[k], 0.5 / p);
                }
                for (int i = 0; i < nca; i++) {
                    int[] ci = a.cartesian[i];
                    for (int j = 0; j < ncb; j++) {
                        int[] cj = b.cartesian[j];
                        // v[3o + q]: 1D factor of dimension o with (x−A)^q more; dv: its B derivative
                        for (int o = 0; o < 3; o++) {
                            int e = ci[o], f = cj[o];
                            double[][] to = t[o];
                            for (int q = 0; q < 3; q++) {
                                v[3 * o + q] = to[e + q][f];
                                if (derivatives) dv[3 * o + q] = 2 * be * to[e + q][f + 1] - (f > 0 ? f * to[e + q][f - 1] : 0);
                            }
                        }
                        int ij = i * ncb + j;
                        for (int c = 0; c < MOMENTS; c++) {
                            int[] pw = MOMENT_POWERS[c];
                            double x = v[pw[0]], y = v[3 + pw[1]], z = v[6 + pw[2]];
                            work[c * nn + ij] += pre * x * y * z;
                            if (derivatives) {
                                work[(10 + c) * nn + ij] += pre * dv[pw[0]] * y * z;
                                work[(20 + c) * nn + ij] += pre * x * dv[3 + pw[1]] * z;
                                work[(30 + c) * nn + ij] += pre * x * y * dv[6 + pw[2]];
                            }
                        }
                    }
                }
            }
        }
        int ns = a.size() * b.size();
        for (int blk = 0; blk < blocks; blk++) toSpherical(a, b, work, blk * nn, out, blk * ns);
    }

    static void compute(Shell a, double[] ra, Shell b, double[] rb, double[] s, double[] dsda, double[] dip, double[] quad) {
        int nca = a.cartesian.length, ncb = b.cartesian.length;
        int imax = a.l + (quad != null ? 2 : dip != null ? 1 : 0) + (dsda != null ? 1 : 0);
        int jmax = b.l;
        double[] cs = new double[nca * ncb];
        double[] cg = dsda != null ? new double[3 * nca * ncb] : null;
        double[] cd = dip != null ? new double[3 * nca * ncb] : null;
        double[] cq = quad != null ? new double[6 * nca * ncb] : null;
        double[][][] t = new double[3][imax + 1][jmax + 1];
        double r2 = 0;
        for (int k = 0; k < 3; k++) r2 += (ra[k] - rb[k]) * (ra[k] - rb[k]);
        for (int pa = 0; pa < a.exponents.length; pa++) {
            double al = a.exponents[pa];
            for (int pb = 0; pb < b.exponents.length; pb++) {
                double be = b.exponents[pb];
                double p = al + be, mu = al * be / p;
                double pre = a.coefficients[pa] * b.coefficients[pb] * Math.exp(-mu * r2) * Math.pow(Math.PI / p, 1.5);
                if (Math.abs(pre) < 1e-300) continue;
                for (int k = 0; k < 3; k++) {
                    double pk = (al * ra[k] + be * rb[k]) / p;
                    table(t[k], imax, jmax, pk - ra[k], pk - rb[k], 0.5 / p);
                }
                for (int i = 0; i < nca; i++) {
                    int[] ci = a.cartesian[i];
                    for (int j = 0; j < ncb; j++) {
                        int[] cj = b.cartesian[j];
                        double sx = t[0][ci[0]][cj[0]], sy = t[1][ci[1]][cj[1]], sz = t[2][ci[2]][cj[2]];
                        int ij = i * ncb + j;
                        cs[ij] += pre * sx * sy * sz;
                        if (cg != null) {
                            for (int k = 0; k < 3; k++) {
                                int e = ci[k];
                                double d = 2 * al * t[k][e + 1][cj[k]] - (e > 0 ? e * t[k][e - 1][cj[k]] : 0);
                                double prod = d;
                                for (int o = 0; o < 3; o++) if (o != k) prod *= t[o][ci[o]][cj[o]];
                                cg[k * nca * ncb + ij] += pre * prod;
                            }
                        }
                        if (cd != null) {
                            for (int k = 0; k < 3; k++) {
                                double prod = t[k][ci[k] + 1][cj[k]];
                                for (int o = 0; o < 3; o++) if (o != k) prod *= t[o][ci[o]][cj[o]];
                                cd[k * nca * ncb + ij] += pre * prod;
                            }
                        }
                        if (cq != null) {
                            for (int c = 0; c < 6; c++) {
                                int u = SECOND[c][0], w = SECOND[c][1];
                                double prod = 1;
                                for (int o = 0; o < 3; o++) prod *= t[o][ci[o] + (o == u ? 1 : 0) + (o == w ? 1 : 0)][cj[o]];
                                cq[c * nca * ncb + ij] += pre * prod;
                            }
                        }
                    }
                }
            }
        }
        toSpherical(a, b, cs, 0, s, 0);
        if (cg != null) for (int k = 0; k < 3; k++) toSpherical(a, b, cg, k * nca * ncb, dsda, k * a.size() * b.size());
        if (cd != null) for (int k = 0; k < 3; k++) toSpherical(a, b, cd, k * nca * ncb, dip, k * a.size() * b.size());
        if (cq != null) for (int k = 0; k < 6; k++) toSpherical(a, b, cq, k * nca * ncb, quad, k * a.size() * b.size());
    }

    /** 1D overlaps of (x−A)^i (x−B)^j times the Gaussian product, divided by its prefactor. */
    private static void table(double[][] t, int imax, int jmax, double xpa, double xpb, double oneOver2p) {
        t[0][0] = 1;
        for (int i = 0; i < imax; i++)
            t[i + 1][0] = xpa * t[i][0] + (i > 0 ? oneOver2p * i * t[i - 1][0] : 0);
        for (int j = 0; j < jmax; j++)
            for (int i = 0; i <= imax; i++)
                t[i][j + 1] = xpb * t[i][j] + oneOver2p * ((i > 0 ? i * t[i - 1][j] : 0) + (j > 0 ? j * t[i][j - 1] : 0));
    }

    private static void toSpherical(Shell a, Shell b, double[] cart, int coff, double[] out, int ooff) {
        int nca = a.cartesian.length, ncb = b.cartesian.length, na = a.size(), nb = b.size();
        for (int m = 0; m < na; m++) {
            double[] ta = a.transform[m];
            for (int n = 0; n < nb; n++) {
                double[] tb = b.transform[n];
                double v = 0;
                for (int i = 0; i < nca; i++) {
                    if (ta[i] == 0) continue;
                    double w = 0;
                    for (int j = 0; j < ncb; j++) if (tb[j] != 0) w += tb[j] * cart[coff + i * ncb + j];
                    v += ta[i] * w;
                }
                out[ooff + m * nb + n] = v;
            }
        }
    }
}

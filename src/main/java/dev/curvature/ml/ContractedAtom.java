package dev.curvature.ml;

import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.ml.descriptor.Legendre;
import dev.curvature.ml.descriptor.RadialBasis;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondAngle;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;

/**
 * Σ_f w_f G_f(i) for one central atom and a coefficient vector w over its features, evaluated in
 * contracted form: each neighbour contributes a radial function φ(r) = Σ_n w f_n(r), each
 * neighbour pair a function ψ(r_ij, r_ik, cos θ) = Σ w f_n f_n' P_l; the {@link Accumulator}
 * turns their analytic first and second derivatives into forces, the strain derivative, the
 * Hessian and both strain blocks. The linear model uses it with fixed w per element, the quadratic
 * one with w = ∂E_i/∂G(i) per atom. Reused from atom to atom.
 */
final class ContractedAtom {
    private final BasisSpec spec;
    private final RadialBasis b2, b3;
    private final int n2, n3, nl;
    private final BondTerm term = new BondTerm();
    private final BondAngle angle = new BondAngle();
    private final double[] f, f1, f2, p, p1, p2, m0, m1, m2, g6 = new double[6];
    private double[] g3 = new double[0], g31 = new double[0], g32 = new double[0];

    ContractedAtom(BasisSpec spec) {
        this.spec = spec;
        n2 = spec.radial2();
        n3 = spec.radial3();
        nl = spec.lmax() + 1;
        b2 = new RadialBasis(spec.cutoff(), n2);
        b3 = n3 > 0 ? new RadialBasis(spec.cutoff(), n3) : null;
        f = new double[n2]; f1 = new double[n2]; f2 = new double[n2];
        p = new double[nl]; p1 = new double[nl]; p2 = new double[nl];
        m0 = new double[n3 * n3]; m1 = new double[n3 * n3]; m2 = new double[n3 * n3];
    }

    /** Two-body coefficients [t_j·n2 + n] of the feature vector w[o..]. */
    double[] twoBody(double[] w, int o) {
        int s = spec.species();
        double[] c = new double[s * n2];
        fillTwoBody(w, o, c);
        return c;
    }

    void fillTwoBody(double[] w, int o, double[] c) {
        for (int t = 0; t < spec.species(); t++)
            for (int n = 0; n < n2; n++) c[t * n2 + n] = w[o + spec.twoBodyOffset(t) + n];
    }

    /** Three-body coefficients [pair(ta ≤ tb)][(n·n3 + n')·(lmax+1) + l], symmetric in n↔n' for equal elements. */
    double[][] threeBody(double[] w, int o) {
        int s = spec.species();
        double[][] c = new double[s * (s + 1) / 2][n3 * n3 * nl];
        fillThreeBody(w, o, c);
        return c;
    }

    void fillThreeBody(double[] w, int o, double[][] c) {
        int s = spec.species();
        for (int ta = 0; ta < s; ta++)
            for (int tb = ta; tb < s; tb++) {
                boolean same = ta == tb;
                double[] dst = c[spec.pairIndex(ta, tb)];
                int off = o + spec.threeBodyOffset(ta, tb);
                for (int n = 0; n < n3; n++)
                    for (int np = 0; np < n3; np++)
                        for (int l = 0; l < nl; l++)
                            dst[(n * n3 + np) * nl + l] = w[off + spec.radialPairIndex(same, n, np) * nl + l];
            }
    }

    /**
     * Adds Σ_f w_f G_f(i) (if {@code energy}) and its derivatives as out wants them.
     *
     * @param c2 {@link #twoBody} of w; c3 {@link #threeBody} of w
     */
    void add(int i, int[] type, LocalNeighbours nb, double[] c2, double[][] c3, Accumulator out, boolean energy) {
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        int m = nb.count;
        for (int q = 0; q < m; q++) {
            b2.evaluate(nb.r[q], f, f1, f2, 0);
            int o = type[nb.atom[q]] * n2;
            double e = 0, d1 = 0, d2 = 0;
            for (int n = 0; n < n2; n++) {
                e += c2[o + n] * f[n];
                d1 += c2[o + n] * f1[n];
                d2 += c2[o + n] * f2[n];
            }
            if (energy) out.addEnergy(i, e);
            if (!grad) continue;
            if (!second) {
                double s = d1 / nb.r[q];
                out.addBondGradient(i, nb.atom[q], nb.dx[q], nb.dy[q], nb.dz[q], s * nb.dx[q], s * nb.dy[q], s * nb.dz[q]);
            } else {
                term.begin(true);
                term.add(i, nb.atom[q], nb.dx[q], nb.dy[q], nb.dz[q]);
                term.clearSecond();
                term.addRadial(0, d1, d2);
                out.add(term);
            }
        }
        if (b3 == null) return;
        if (g3.length < m * n3) { g3 = new double[m * n3]; g31 = new double[m * n3]; g32 = new double[m * n3]; }
        for (int q = 0; q < m; q++) b3.evaluate(nb.r[q], g3, g31, g32, q * n3);
        for (int s1 = 0; s1 < m - 1; s1++)
            for (int s2 = s1 + 1; s2 < m; s2++) {
                int qa = s1, qb = s2;
                if (type[nb.atom[qa]] > type[nb.atom[qb]]) { qa = s2; qb = s1; }
                double[] c = c3[spec.pairIndex(type[nb.atom[qa]], type[nb.atom[qb]])];
                angle.set(nb.dx[qa], nb.dy[qa], nb.dz[qa], nb.r[qa], nb.dx[qb], nb.dy[qb], nb.dz[qb], nb.r[qb]);
                Legendre.evaluate(Math.max(-1, Math.min(1, angle.c)), nl - 1, p, p1, second ? p2 : null);
                // M(n, n') = Σ_l c P_l(cos θ) and its first two derivatives in cos θ
                for (int k = 0; k < n3 * n3; k++) {
                    double v0 = 0, v1 = 0, v2 = 0;
                    for (int ll = 0; ll < nl; ll++) {
                        double cc = c[k * nl + ll];
                        v0 += cc * p[ll];
                        v1 += cc * p1[ll];
                        if (second) v2 += cc * p2[ll];
                    }
                    m0[k] = v0; m1[k] = v1; m2[k] = v2;
                }
                int oa = qa * n3, ob = qb * n3;
                double e = 0, ea = 0, eb = 0, ec = 0, eaa = 0, ebb = 0, ecc = 0, eab = 0, eac = 0, ebc = 0;
                for (int n = 0; n < n3; n++) {
                    double fa = g3[oa + n], fa1 = g31[oa + n], fa2 = g32[oa + n];
                    for (int np = 0; np < n3; np++) {
                        int k = n * n3 + np;
                        double fb = g3[ob + np], fb1 = g31[ob + np], fb2 = g32[ob + np];
                        e += fa * m0[k] * fb;
                        if (!grad) continue;
                        ea += fa1 * m0[k] * fb;
                        eb += fa * m0[k] * fb1;
                        ec += fa * m1[k] * fb;
                        if (!second) continue;
                        eaa += fa2 * m0[k] * fb;
                        ebb += fa * m0[k] * fb2;
                        ecc += fa * m2[k] * fb;
                        eab += fa1 * m0[k] * fb1;
                        eac += fa1 * m1[k] * fb;
                        ebc += fa * m1[k] * fb1;
                    }
                }
                if (energy) out.addEnergy(i, e);
                if (!grad) continue;
                int ja = nb.atom[qa], jb = nb.atom[qb];
                if (!second) {
                    java.util.Arrays.fill(g6, 0.0);
                    angle.addGradient(g6, 0, 1, ea, eb, ec);
                    out.addBondGradient(i, ja, nb.dx[qa], nb.dy[qa], nb.dz[qa], g6[0], g6[1], g6[2]);
                    out.addBondGradient(i, jb, nb.dx[qb], nb.dy[qb], nb.dz[qb], g6[3], g6[4], g6[5]);
                    continue;
                }
                term.begin(true);
                term.add(i, ja, nb.dx[qa], nb.dy[qa], nb.dz[qa]);
                term.add(i, jb, nb.dx[qb], nb.dy[qb], nb.dz[qb]);
                term.clearSecond();
                angle.addGradient(term.g, 0, 1, ea, eb, ec);
                angle.addHessian(term.k, 6, 0, 1, ea, eb, ec, eaa, ebb, ecc, eab, eac, ebc);
                out.add(term);
            }
    }
}

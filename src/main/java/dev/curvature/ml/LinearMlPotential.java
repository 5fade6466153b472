package dev.curvature.ml;

import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.ml.descriptor.Legendre;
import dev.curvature.ml.descriptor.RadialBasis;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondAngle;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;

/**
 * A learned potential linear in the descriptors of {@link BasisSpec}: E = Σ_i [e0(t_i) + Σ_f
 * c(t_i, f) G_f(i)]. The coefficients are contracted first, so each neighbour contributes a radial
 * function φ(r) = Σ_n c f_n(r) and each neighbour pair a function ψ(r_ij, r_ik, cos θ) =
 * Σ c f_n f_n' P_l; the {@link Accumulator} turns their analytic first and second derivatives into
 * forces, the strain derivative, the Hessian and both strain blocks (so elastic constants and
 * phonons need no finite differences). eV and Å, as every materials potential.
 */
public final class LinearMlPotential extends PeriodicPotential {
    private final BasisSpec spec;
    private final double[] reference;    // e0 per element (eV)
    private final double[][] twoBody;    // [t_i][t_j·n2 + n]
    private final double[][][] threeBody; // [t_i][pair(ta ≤ tb)][(n·n3 + n')·(lmax+1) + l], symmetric n↔n' for equal elements
    private final RadialBasis b2, b3;

    /**
     * @param type   element index (in spec) of every atom
     * @param theta  parameters: e0 per element, then featureCount coefficients per central element
     */
    public LinearMlPotential(String name, BasisSpec spec, int[] type, double[] theta) {
        super(name, type);
        if (theta.length != spec.parameterCount())
            throw new IllegalArgumentException("model has " + theta.length + " parameters, its basis needs " + spec.parameterCount());
        this.spec = spec;
        int s = spec.species(), nf = spec.featureCount(), n2 = spec.radial2(), n3 = spec.radial3(), nl = spec.lmax() + 1;
        reference = java.util.Arrays.copyOf(theta, s);
        twoBody = new double[s][s * n2];
        threeBody = new double[s][s * (s + 1) / 2][n3 * n3 * nl];
        for (int ti = 0; ti < s; ti++) {
            int o = s + ti * nf;
            for (int t = 0; t < s; t++)
                for (int n = 0; n < n2; n++) twoBody[ti][t * n2 + n] = theta[o + spec.twoBodyOffset(t) + n];
            for (int ta = 0; ta < s; ta++)
                for (int tb = ta; tb < s; tb++) {
                    boolean same = ta == tb;
                    double[] dst = threeBody[ti][spec.pairIndex(ta, tb)];
                    int off = o + spec.threeBodyOffset(ta, tb);
                    for (int n = 0; n < n3; n++)
                        for (int np = 0; np < n3; np++)
                            for (int l = 0; l < nl; l++)
                                dst[(n * n3 + np) * nl + l] = theta[off + spec.radialPairIndex(same, n, np) * nl + l];
                }
        }
        b2 = new RadialBasis(spec.cutoff(), n2);
        b3 = n3 > 0 ? new RadialBasis(spec.cutoff(), n3) : null;
    }

    public BasisSpec basis() { return spec; }

    @Override public double cutoff() { return spec.cutoff(); }

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        int n2 = spec.radial2(), n3 = spec.radial3(), nl = spec.lmax() + 1;
        double rc = spec.cutoff();
        double[] l = latticeRows(cell);
        LocalNeighbours nb = new LocalNeighbours();
        BondTerm term = new BondTerm();
        BondAngle angle = new BondAngle();
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        double[] f = new double[n2], f1 = new double[n2], f2 = new double[n2];
        double[] g3 = new double[0], g31 = new double[0], g32 = new double[0];
        double[] p = new double[nl], p1 = new double[nl], p2 = new double[nl];
        double[] m0 = new double[n3 * n3], m1 = new double[n3 * n3], m2 = new double[n3 * n3];
        double[] g6 = new double[6];
        for (int i = 0; i < type.length; i++) {
            int ti = type[i];
            out.addEnergy(i, reference[ti]);
            nb.collect(list, x, l, i, rc * rc);
            int m = nb.count;
            double[] c2 = twoBody[ti];
            for (int q = 0; q < m; q++) {
                b2.evaluate(nb.r[q], f, f1, f2, 0);
                int o = type[nb.atom[q]] * n2;
                double e = 0, d1 = 0, d2 = 0;
                for (int n = 0; n < n2; n++) {
                    e += c2[o + n] * f[n];
                    d1 += c2[o + n] * f1[n];
                    d2 += c2[o + n] * f2[n];
                }
                out.addEnergy(i, e);
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
            if (b3 == null) continue;
            if (g3.length < m * n3) { g3 = new double[m * n3]; g31 = new double[m * n3]; g32 = new double[m * n3]; }
            for (int q = 0; q < m; q++) b3.evaluate(nb.r[q], g3, g31, g32, q * n3);
            for (int s1 = 0; s1 < m - 1; s1++)
                for (int s2 = s1 + 1; s2 < m; s2++) {
                    int qa = s1, qb = s2;
                    if (type[nb.atom[qa]] > type[nb.atom[qb]]) { qa = s2; qb = s1; }
                    double[] c3 = threeBody[ti][spec.pairIndex(type[nb.atom[qa]], type[nb.atom[qb]])];
                    angle.set(nb.dx[qa], nb.dy[qa], nb.dz[qa], nb.r[qa], nb.dx[qb], nb.dy[qb], nb.dz[qb], nb.r[qb]);
                    Legendre.evaluate(Math.max(-1, Math.min(1, angle.c)), nl - 1, p, p1, second ? p2 : null);
                    // M(n, n') = Σ_l c P_l(cos θ) and its first two derivatives in cos θ
                    for (int k = 0; k < n3 * n3; k++) {
                        double v0 = 0, v1 = 0, v2 = 0;
                        for (int ll = 0; ll < nl; ll++) {
                            double cc = c3[k * nl + ll];
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
                    out.addEnergy(i, e);
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
}

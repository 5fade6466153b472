package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;

/**
 * UFF angle bends as polynomials in cos θ (so they stay smooth through θ = 180°):
 * order 0, the general Fourier form K [C0 + C1 cos θ + C2 cos 2θ]; orders 1–4, RDKit's special
 * coordinations K [1 − f_n(θ)] / n² with f_1 = −cos θ (linear), f_2 = cos 2θ (trigonal-bipyramid
 * axial), f_3 = cos 3θ (trigonal planar), f_4 = cos 4θ (square planar / octahedral).
 */
final class AngleBendTerms implements Term {
    private final int[] a, b, c;
    private final int[] order;
    private final double[] k, c0, c1, c2;

    AngleBendTerms(int[] a, int[] vertex, int[] c, int[] order, double[] k, double[] c0, double[] c1, double[] c2) {
        this.a = a; this.b = vertex; this.c = c; this.order = order; this.k = k; this.c0 = c0; this.c1 = c1; this.c2 = c2;
    }

    @Override public String name() { return "angle"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double[] lg = g != null || h != null ? new double[9] : null;
        double[] lh = h != null ? new double[81] : null;
        int[] atoms = new int[3];
        double e = 0;
        for (int t = 0; t < a.length; t++) {
            double cos = InternalCoordinates.cosBendAngle(x, a[t], b[t], c[t], lg, lh);
            double cc = cos * cos;
            double kt = k[t];
            double f, d1, d2;
            switch (order[t]) {
                case 1 -> { f = kt * (1 + cos); d1 = kt; d2 = 0; }
                case 2 -> { f = kt * (1 - cc) / 2; d1 = -kt * cos; d2 = -kt; }
                case 3 -> { f = kt * (1 + 3 * cos - 4 * cc * cos) / 9; d1 = kt * (3 - 12 * cc) / 9; d2 = -24 * kt * cos / 9; }
                case 4 -> { f = kt * (cc - cc * cc) / 2; d1 = kt * (cos - 2 * cc * cos); d2 = kt * (1 - 6 * cc); }
                default -> {
                    f = kt * (c0[t] + c1[t] * cos + c2[t] * (2 * cc - 1));
                    d1 = kt * (c1[t] + 4 * c2[t] * cos);
                    d2 = 4 * kt * c2[t];
                }
            }
            e += f;
            if (lg == null) continue;
            atoms[0] = a[t]; atoms[1] = b[t]; atoms[2] = c[t];
            if (g != null) Accumulate.gradient(g, atoms, lg, d1);
            if (h != null) {
                Accumulate.hessian(h, n3, atoms, lh, d1);
                Accumulate.selfOuter(h, n3, atoms, lg, d2);
            }
        }
        return e;
    }
}

package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;

/**
 * UFF inversions E = K [C0 + C1 cos ω + C2 cos 2ω], ω the Wilson angle of the bond center→out
 * from the plane (a, center, c); three such terms per inverting center.
 */
final class InversionTerms implements Term {
    private final int[] a, center, c, out;
    private final double[] k, c0, c1, c2;

    InversionTerms(int[] a, int[] center, int[] c, int[] out, double[] k, double[] c0, double[] c1, double[] c2) {
        this.a = a; this.center = center; this.c = c; this.out = out; this.k = k; this.c0 = c0; this.c1 = c1; this.c2 = c2;
    }

    /** "oop", the key the {@link dev.curvature.model.Potential} contract uses for out-of-plane terms. */
    @Override public String name() { return "oop"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double[] lg = g != null || h != null ? new double[12] : null;
        double[] lh = h != null ? new double[144] : null;
        int[] atoms = new int[4];
        double e = 0;
        for (int t = 0; t < a.length; t++) {
            double w = InternalCoordinates.outOfPlaneAngle(x, a[t], center[t], c[t], out[t], lg, lh);
            double cw = Math.cos(w), sw = Math.sin(w), c2w = Math.cos(2 * w), s2w = Math.sin(2 * w);
            e += k[t] * (c0[t] + c1[t] * cw + c2[t] * c2w);
            if (lg == null) continue;
            double d1 = -k[t] * (c1[t] * sw + 2 * c2[t] * s2w);
            double d2 = -k[t] * (c1[t] * cw + 4 * c2[t] * c2w);
            atoms[0] = a[t]; atoms[1] = center[t]; atoms[2] = c[t]; atoms[3] = out[t];
            if (g != null) Accumulate.gradient(g, atoms, lg, d1);
            if (h != null) {
                Accumulate.hessian(h, n3, atoms, lh, d1);
                Accumulate.selfOuter(h, n3, atoms, lg, d2);
            }
        }
        return e;
    }
}

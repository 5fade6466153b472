package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;

/** UFF torsions E = ½ V [1 − cosTerm · cos(n φ)], V already divided by the torsions around the bond. */
final class TorsionTerms implements Term {
    private final int[] a, b, c, d;
    private final int[] n;
    private final double[] v, cosTerm;

    TorsionTerms(int[] a, int[] b, int[] c, int[] d, int[] n, double[] v, double[] cosTerm) {
        this.a = a; this.b = b; this.c = c; this.d = d; this.n = n; this.v = v; this.cosTerm = cosTerm;
    }

    @Override public String name() { return "torsion"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double[] lg = g != null || h != null ? new double[12] : null;
        double[] lh = h != null ? new double[144] : null;
        int[] atoms = new int[4];
        double e = 0;
        for (int t = 0; t < a.length; t++) {
            double phi = InternalCoordinates.dihedral(x, a[t], b[t], c[t], d[t], lg, lh);
            double half = 0.5 * v[t] * cosTerm[t];
            double cosN = Math.cos(n[t] * phi);
            e += 0.5 * v[t] - half * cosN;
            if (lg == null) continue;
            double d1 = half * n[t] * Math.sin(n[t] * phi);
            double d2 = half * n[t] * n[t] * cosN;
            atoms[0] = a[t]; atoms[1] = b[t]; atoms[2] = c[t]; atoms[3] = d[t];
            if (g != null) Accumulate.gradient(g, atoms, lg, d1);
            if (h != null) {
                Accumulate.hessian(h, n3, atoms, lh, d1);
                Accumulate.selfOuter(h, n3, atoms, lg, d2);
            }
        }
        return e;
    }
}

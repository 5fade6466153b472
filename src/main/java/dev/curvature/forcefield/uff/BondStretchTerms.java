package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;

/** UFF harmonic bond stretches E = ½ k (r − r0)², all bonds of a structure in flat arrays. */
final class BondStretchTerms implements Term {
    private final int[] i, j;
    private final double[] k, r0;

    BondStretchTerms(int[] i, int[] j, double[] forceConstant, double[] restLength) {
        this.i = i; this.j = j; this.k = forceConstant; this.r0 = restLength;
    }

    @Override public String name() { return "bond"; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double e = 0;
        for (int t = 0; t < i.length; t++) {
            double r = InternalCoordinates.distance(x, i[t], j[t], null, null);
            double dr = r - r0[t];
            e += 0.5 * k[t] * dr * dr;
            if (g != null || h != null) Accumulate.pair(x, i[t], j[t], k[t] * dr, k[t], g, h, n3);
        }
        return e;
    }
}

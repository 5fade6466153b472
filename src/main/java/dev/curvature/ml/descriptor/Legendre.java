package dev.curvature.ml.descriptor;

/** Legendre polynomials P_l(c), l = 0..lmax, of a bond-angle cosine, with first and second derivatives. */
public final class Legendre {
    private Legendre() {}

    /** Fills p[0..lmax], and if not null p1 = dP/dc, p2 = d²P/dc². */
    public static void evaluate(double c, int lmax, double[] p, double[] p1, double[] p2) {
        p[0] = 1;
        if (p1 != null) p1[0] = 0;
        if (p2 != null) p2[0] = 0;
        if (lmax == 0) return;
        p[1] = c;
        if (p1 != null) p1[1] = 1;
        if (p2 != null) p2[1] = 0;
        for (int l = 1; l < lmax; l++) {
            p[l + 1] = ((2 * l + 1) * c * p[l] - l * p[l - 1]) / (l + 1);
            if (p1 != null) p1[l + 1] = p1[l - 1] + (2 * l + 1) * p[l];
            if (p2 != null) p2[l + 1] = p2[l - 1] + (2 * l + 1) * p1[l];
        }
    }
}

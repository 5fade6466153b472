package dev.curvature.ml.descriptor;

/**
 * Radial functions f_n(d) = T_n(2d/rc − 1) (1 − d/rc)³, n = 0..size−1: Chebyshev polynomials
 * (a complete basis on [0, rc], better conditioned than monomials) times a cutoff whose value,
 * slope and curvature vanish at rc, so energies, forces and Hessians are continuous when a
 * neighbour crosses the cutoff. Zero beyond rc.
 */
public final class RadialBasis {
    private final double cutoff;
    private final int size;

    public RadialBasis(double cutoffAngstrom, int size) {
        if (!(cutoffAngstrom > 0)) throw new IllegalArgumentException("cutoff must be positive");
        if (size < 1) throw new IllegalArgumentException("radial basis size must be at least 1");
        this.cutoff = cutoffAngstrom;
        this.size = size;
    }

    public int size() { return size; }

    public double cutoff() { return cutoff; }

    /** Fills f[o..o+size), and if not null the first and second derivatives with respect to d (Å⁻¹, Å⁻²). */
    public void evaluate(double d, double[] f, double[] f1, double[] f2, int o) {
        if (d >= cutoff) {
            for (int n = 0; n < size; n++) {
                f[o + n] = 0;
                if (f1 != null) f1[o + n] = 0;
                if (f2 != null) f2[o + n] = 0;
            }
            return;
        }
        double t = 1 - d / cutoff;
        double fc = t * t * t, fc1 = -3 * t * t / cutoff, fc2 = 6 * t / (cutoff * cutoff);
        double x = 2 * d / cutoff - 1, dx = 2 / cutoff;
        // T_n, dT/dx, d²T/dx² by the three-term recurrences
        double tm = 1, t0 = x, dm = 0, d0 = 1, sm = 0, s0 = 0;
        for (int n = 0; n < size; n++) {
            double tn, dn, sn;
            if (n == 0) { tn = 1; dn = 0; sn = 0; }
            else if (n == 1) { tn = x; dn = 1; sn = 0; }
            else {
                tn = 2 * x * t0 - tm;
                dn = 2 * t0 + 2 * x * d0 - dm;
                sn = 4 * d0 + 2 * x * s0 - sm;
                tm = t0; t0 = tn; dm = d0; d0 = dn; sm = s0; s0 = sn;
            }
            double g1 = dn * dx, g2 = sn * dx * dx;
            f[o + n] = tn * fc;
            if (f1 != null) f1[o + n] = g1 * fc + tn * fc1;
            if (f2 != null) f2[o + n] = g2 * fc + 2 * g1 * fc1 + tn * fc2;
        }
    }
}

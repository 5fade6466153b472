package dev.curvature.potential.eam;

/**
 * A tabulated function on the grid x_m = (m−1)·δ, m = 1..n, interpolated exactly as LAMMPS's
 * pair_eam does (its {@code interpolate}): knot slopes from a five-point difference (one-sided
 * and three-point at the ends), a cubic Hermite piece per interval, and beyond the last knot the
 * last piece at its end (value constant, slope kept). The second derivative of the pieces jumps at
 * the knots — a property of LAMMPS's tables that finite-difference elastic constants must respect.
 */
public final class LammpsSpline {
    private final int n;
    private final double delta;
    private final double[] c;   // 7 coefficients per knot m (1-based): c0..c6 as LAMMPS orders them

    /** @param f values at the n knots (f[0] is the knot m = 1) */
    public LammpsSpline(double[] f, double delta) {
        n = f.length;
        if (n < 5) throw new IllegalArgumentException("a LAMMPS EAM table needs at least 5 points, got " + n);
        this.delta = delta;
        c = new double[7 * (n + 1)];
        for (int m = 1; m <= n; m++) c[7 * m + 6] = f[m - 1];
        c[7 + 5] = v(2) - v(1);
        c[14 + 5] = 0.5 * (v(3) - v(1));
        c[7 * (n - 1) + 5] = 0.5 * (v(n) - v(n - 2));
        c[7 * n + 5] = v(n) - v(n - 1);
        for (int m = 3; m <= n - 2; m++) c[7 * m + 5] = ((v(m - 2) - v(m + 2)) + 8.0 * (v(m + 1) - v(m - 1))) / 12.0;
        for (int m = 1; m <= n - 1; m++) {
            c[7 * m + 4] = 3.0 * (v(m + 1) - v(m)) - 2.0 * c[7 * m + 5] - c[7 * (m + 1) + 5];
            c[7 * m + 3] = c[7 * m + 5] + c[7 * (m + 1) + 5] - 2.0 * (v(m + 1) - v(m));
        }
        c[7 * n + 4] = 0;
        c[7 * n + 3] = 0;
        for (int m = 1; m <= n; m++) {
            c[7 * m + 2] = c[7 * m + 5] / delta;
            c[7 * m + 1] = 2.0 * c[7 * m + 4] / delta;
            c[7 * m] = 3.0 * c[7 * m + 3] / delta;
        }
    }

    private double v(int m) { return c[7 * m + 6]; }

    public int size() { return n; }

    public double delta() { return delta; }

    /** Knot m (1-based, clamped to 1..n−1) and the fraction p (≤ 1) LAMMPS uses at x. */
    private int knot(double x) {
        int m = (int) (x / delta + 1.0);
        return Math.max(1, Math.min(m, n - 1));
    }

    /** Value at x; d (if not null) gets the first and second derivative (the second 0 past the table). */
    public double evaluate(double x, double[] d) {
        double p = x / delta + 1.0;
        int m = knot(x);
        p -= m;
        boolean past = p > 1.0;
        if (past) p = 1.0;
        int o = 7 * m;
        if (d != null) {
            d[0] = (c[o] * p + c[o + 1]) * p + c[o + 2];
            d[1] = past ? 0 : (2 * c[o] * p + c[o + 1]) / delta;
        }
        return ((c[o + 3] * p + c[o + 4]) * p + c[o + 5]) * p + c[o + 6];
    }

    /** The coefficients, 7 per knot (c0..c6 of knot m at 7m), for inner loops that locate the knot once for several tables on one grid. */
    double[] coefficients() { return c; }
}

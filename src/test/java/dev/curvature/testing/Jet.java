package dev.curvature.testing;

/**
 * Second-order forward-mode automatic differentiation over m variables: a value with its exact
 * gradient (length m) and Hessian (m×m, row-major). Lets test potentials be written once as plain
 * scalar formulas and still deliver exact analytic first and second derivatives. Allocates per
 * operation: meant for small test systems, not for production hot loops.
 */
public final class Jet {
    final int m;
    final double v;
    final double[] g;
    final double[] h;

    private Jet(int m, double v, double[] g, double[] h) {
        this.m = m;
        this.v = v;
        this.g = g;
        this.h = h;
    }

    /** The independent variable number {@code index} (0-based) of {@code m}, with value {@code value}. */
    public static Jet variable(int m, int index, double value) {
        double[] g = new double[m];
        g[index] = 1.0;
        return new Jet(m, value, g, new double[m * m]);
    }

    public static Jet constant(int m, double value) {
        return new Jet(m, value, new double[m], new double[m * m]);
    }

    public double value() { return v; }
    public double gradient(int i) { return g[i]; }
    public double hessian(int i, int j) { return h[i * m + j]; }
    public int variables() { return m; }

    public Jet plus(Jet b) {
        double[] gg = new double[m], hh = new double[m * m];
        for (int i = 0; i < m; i++) gg[i] = g[i] + b.g[i];
        for (int i = 0; i < m * m; i++) hh[i] = h[i] + b.h[i];
        return new Jet(m, v + b.v, gg, hh);
    }

    public Jet minus(Jet b) { return plus(b.times(-1.0)); }

    public Jet plus(double c) { return new Jet(m, v + c, g, h); }

    public Jet times(double c) {
        double[] gg = new double[m], hh = new double[m * m];
        for (int i = 0; i < m; i++) gg[i] = c * g[i];
        for (int i = 0; i < m * m; i++) hh[i] = c * h[i];
        return new Jet(m, c * v, gg, hh);
    }

    public Jet times(Jet b) {
        double[] gg = new double[m], hh = new double[m * m];
        for (int i = 0; i < m; i++) gg[i] = g[i] * b.v + v * b.g[i];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
                hh[i * m + j] = h[i * m + j] * b.v + v * b.h[i * m + j] + g[i] * b.g[j] + b.g[i] * g[j];
        return new Jet(m, v * b.v, gg, hh);
    }

    public Jet dividedBy(Jet b) { return times(b.reciprocal()); }

    public Jet square() { return times(this); }

    /** f(this) given f, f', f'' at the current value (chain rule to second order). */
    public Jet apply(double f, double df, double d2f) {
        double[] gg = new double[m], hh = new double[m * m];
        for (int i = 0; i < m; i++) gg[i] = df * g[i];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++) hh[i * m + j] = df * h[i * m + j] + d2f * g[i] * g[j];
        return new Jet(m, f, gg, hh);
    }

    public Jet reciprocal() { return apply(1 / v, -1 / (v * v), 2 / (v * v * v)); }

    public Jet sqrt() {
        double s = Math.sqrt(v);
        return apply(s, 0.5 / s, -0.25 / (s * v));
    }

    public Jet exp() {
        double e = Math.exp(v);
        return apply(e, e, e);
    }

    public Jet cos() { return apply(Math.cos(v), -Math.sin(v), -Math.cos(v)); }

    public Jet sin() { return apply(Math.sin(v), Math.cos(v), -Math.sin(v)); }

    public Jet pow(int n) {
        return apply(Math.pow(v, n), n * Math.pow(v, n - 1), n * (n - 1) * Math.pow(v, n - 2));
    }

    // ---- small vector helpers on Jet[3] ----

    public static Jet[] sub3(Jet[] a, Jet[] b) { return new Jet[] {a[0].minus(b[0]), a[1].minus(b[1]), a[2].minus(b[2])}; }

    public static Jet dot3(Jet[] a, Jet[] b) { return a[0].times(b[0]).plus(a[1].times(b[1])).plus(a[2].times(b[2])); }

    public static Jet[] cross3(Jet[] a, Jet[] b) {
        return new Jet[] {
            a[1].times(b[2]).minus(a[2].times(b[1])),
            a[2].times(b[0]).minus(a[0].times(b[2])),
            a[0].times(b[1]).minus(a[1].times(b[0]))};
    }
}

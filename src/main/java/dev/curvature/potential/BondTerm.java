package dev.curvature.potential;

import java.util.Arrays;

/**
 * One interaction written as a function of m bond vectors r_k = x_to − x_from + image (Å): its
 * gradient g_k = ∂E/∂r_k (3m) and, when second derivatives are wanted, the (3m)×(3m) block
 * matrix K_kl = ∂²E/∂r_k∂r_l. Every Cartesian and strain derivative follows from these by the
 * chain rule ({@link Accumulator}), because a homogeneous strain acts on each bond vector as
 * r → (I + ε) r. Reused between interactions: {@link #begin} resets it.
 */
public final class BondTerm {
    int m;
    int[] from = new int[8], to = new int[8];
    /** Bond vectors, 3 per bond. */
    public double[] r = new double[24];
    /** ∂E/∂r_k, 3 per bond. */
    public double[] g = new double[24];
    /** ∂²E/∂r_k∂r_l, row-major (3m)×(3m); only filled when {@link #second} is true. */
    public double[] k = new double[576];
    /** Whether the caller wants K. */
    public boolean second;

    /** Starts an interaction with no bonds. */
    public void begin(boolean wantSecond) {
        m = 0;
        second = wantSecond;
    }

    /** Adds bond vector r = x_to − x_from + image and returns its index; its gradient starts at zero. */
    public int add(int fromAtom, int toAtom, double rx, double ry, double rz) {
        if (m == from.length) grow();
        from[m] = fromAtom;
        to[m] = toAtom;
        r[3 * m] = rx;
        r[3 * m + 1] = ry;
        r[3 * m + 2] = rz;
        g[3 * m] = g[3 * m + 1] = g[3 * m + 2] = 0;
        return m++;
    }

    /** Zeroes K for the current number of bonds (call after the last {@link #add}). */
    public void clearSecond() {
        if (second) Arrays.fill(k, 0, 9 * m * m, 0.0);
    }

    public int size() { return m; }

    /** Row stride of K. */
    public int stride() { return 3 * m; }

    private void grow() {
        int cap = 2 * from.length;
        from = Arrays.copyOf(from, cap);
        to = Arrays.copyOf(to, cap);
        r = Arrays.copyOf(r, 3 * cap);
        g = Arrays.copyOf(g, 3 * cap);
        k = new double[9 * cap * cap];
    }

    /**
     * Adds a function f(|r_b|) of one bond's length: gradient f' r̂, Hessian f'' r̂r̂ᵀ + (f'/r)(I − r̂r̂ᵀ).
     */
    public void addRadial(int b, double d1, double d2) {
        double rx = r[3 * b], ry = r[3 * b + 1], rz = r[3 * b + 2];
        double len = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double ux = rx / len, uy = ry / len, uz = rz / len;
        g[3 * b] += d1 * ux;
        g[3 * b + 1] += d1 * uy;
        g[3 * b + 2] += d1 * uz;
        if (!second) return;
        double t = d1 / len;
        double[] u = {ux, uy, uz};
        int n = 3 * m;
        for (int a = 0; a < 3; a++)
            for (int c = 0; c < 3; c++)
                k[(3 * b + a) * n + 3 * b + c] += (d2 - t) * u[a] * u[c] + (a == c ? t : 0);
    }

    /** K += s · p qᵀ for two 3m vectors (full length, most entries possibly zero). */
    public void addOuter(double s, double[] p, double[] q) {
        int n = 3 * m;
        for (int a = 0; a < n; a++) {
            double pa = s * p[a];
            if (pa == 0) continue;
            int row = a * n;
            for (int c = 0; c < n; c++) k[row + c] += pa * q[c];
        }
    }
}

package dev.curvature.charges;

/**
 * Two-centre Coulomb integral [aa|bb] between the charge densities of two normalised Slater ns
 * orbitals, φ ∝ r^(n-1) e^(-ζr), in atomic units (distance in bohr, energy in hartree). This is the
 * shielded interaction J_ij(R) of charge equilibration (Rappé &amp; Goddard 1991).
 *
 * <p>Method: the radial density of orbital a, P_a(t) = x^m e^(-x)/m! with x = 2ζ_a t and m = 2n_a,
 * has the closed-form potential t·V_a(t) = W_a(t) = 1 − e^(-x) Σ_{k&lt;m} (1 − k/m) x^k/k!. Averaging
 * V_a over a sphere of radius s centred at distance R gives [G_a(R+s) − G_a(|R−s|)]/(2Rs) with G_a the
 * (closed-form) antiderivative of W_a. The remaining one-dimensional integral over the radial density
 * of b is done by 20-point Gauss–Legendre on panels split at the kink s = R, narrow next to it and
 * widening geometrically away from it; relative accuracy ~1e-13 (see the tests: closed form for 1s/1s, symmetry a↔b,
 * R → 0 self-repulsion). Beyond the range where both densities have decayed below 1e-17 the integral
 * is exactly 1/R to double precision and is returned as such. Cost per pair: a few thousand
 * exponentials at most; O(1) for distant pairs.
 */
final class SlaterCoulomb {
    private SlaterCoulomb() {}

    private static final int ORDER = 20;
    /** Per-thread accumulators, so that evaluating a pair allocates nothing. */
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[6]);
    private static final double[] NODE = new double[ORDER];
    private static final double[] WEIGHT = new double[ORDER];

    static {
        // Gauss–Legendre nodes on [-1, 1] by Newton iteration on P_ORDER.
        for (int i = 0; i < ORDER; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (ORDER + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1, p1 = 0;
                for (int k = 1; k <= ORDER; k++) {
                    double p2 = p1;
                    p1 = p0;
                    p0 = ((2 * k - 1) * z * p1 - (k - 1) * p2) / k;
                }
                dp = ORDER * (z * p0 - p1) / (z * z - 1);
                double dz = p0 / dp;
                z -= dz;
                if (Math.abs(dz) < 1e-16) break;
            }
            NODE[i] = z;
            WEIGHT[i] = 2 / ((1 - z * z) * dp * dp);
        }
    }

    /**
     * [aa|bb] in hartree at distance rBohr &gt; 0; if derivative is non-null, derivative[0] receives
     * d[aa|bb]/dR in hartree/bohr.
     */
    static double integral(int nA, double zetaA, int nB, double zetaB, double rBohr, double[] derivative) {
        if (!(rBohr > 0)) throw new IllegalArgumentException("Slater Coulomb integral needs R > 0, got " + rBohr);
        int mA = 2 * nA, mB = 2 * nB;
        double alphaA = 2 * zetaA, alphaB = 2 * zetaB;
        double reachA = reach(mA, alphaA), reachB = reach(mB, alphaB);
        if (rBohr > reachA + reachB) {
            if (derivative != null) derivative[0] = -1 / (rBohr * rBohr);
            return 1 / rBohr;
        }
        double logNormB = (mB + 1) * Math.log(alphaB) - logFactorial(mB);
        // Panels start narrow at the kink s = R (where the potential of a changes fastest) and widen
        // geometrically away from it, capped at a width the radial density of b is smooth on.
        double first = 5 / Math.max(alphaA, alphaB);
        double widest = Math.max(first, 12 / alphaB);
        double[] acc = SCRATCH.get(); // acc[0], acc[1]: sums; acc[2..5]: G, W at R+s and |R−s|
        acc[0] = acc[1] = 0;
        double inner = Math.min(rBohr, reachB);
        // below the kink: from R down to 0 (or from reachB down to 0 when b has decayed before R)
        double hi = inner, w = first;
        if (inner < rBohr) w = widest;
        while (hi > 0) {
            double lo = Math.max(0, hi - w);
            if (lo < 0.25 * w) lo = 0;
            panel(lo, hi, mA, alphaA, mB, alphaB, logNormB, rBohr, acc);
            hi = lo;
            w = Math.min(widest, w * 1.8);
        }
        if (reachB > rBohr) {
            double lo = rBohr;
            w = first;
            while (lo < reachB) {
                double up = Math.min(reachB, lo + w);
                panel(lo, up, mA, alphaA, mB, alphaB, logNormB, rBohr, acc);
                lo = up;
                w = Math.min(widest, w * 1.8);
            }
        }
        if (derivative != null) derivative[0] = acc[1];
        return acc[0];
    }

    /** x beyond which x^m e^-x / m! holds less than 1e-17 of the charge, for m = 0..MAX_M. */
    private static final int MAX_M = 16;
    private static final double[] TAIL_X = new double[MAX_M + 1];

    static {
        for (int m = 0; m <= MAX_M; m++) {
            double x = m;
            while (true) {
                double term = 1, sum = 0;
                for (int k = 0; k <= m; k++) { sum += term; term *= x / (k + 1); }
                if (Math.exp(-x) * sum < 1e-17) break;
                x += 0.25;
            }
            TAIL_X[m] = x;
        }
    }

    /** Radius (bohr) beyond which the radial density x^m e^-x / m! (x = αt) holds less than 1e-17 of the charge. */
    private static double reach(int m, double alpha) {
        if (m > MAX_M) throw new IllegalArgumentException("Slater orbitals beyond n = " + MAX_M / 2 + " are not supported");
        return TAIL_X[m] / alpha;
    }

    private static void panel(double from, double to, int mA, double alphaA, int mB, double alphaB,
                              double logNormB, double r, double[] acc) {
        double mid = 0.5 * (from + to), half = 0.5 * (to - from);
        for (int k = 0; k < ORDER; k++) {
            double s = mid + half * NODE[k];
            if (s <= 0) continue;
            double density = Math.exp(logNormB + mB * Math.log(s) - alphaB * s);
            double d = Math.abs(r - s);
            antiderivativeAndW(mA, alphaA, r + s, acc, 2);
            antiderivativeAndW(mA, alphaA, d, acc, 4);
            double f = (acc[2] - acc[4]) / (2 * r * s);
            double dfdr = -f / r + (acc[3] - acc[5] * Math.signum(r - s)) / (2 * r * s);
            double weight = half * WEIGHT[k] * density;
            acc[0] += weight * f;
            acc[1] += weight * dfdr;
        }
    }

    /**
     * For the radial density x^m e^-x/m! (x = αt): out[at] = G(t) = ∫_0^t W = t − (1/α) Σ_{k&lt;m} (1 − k/m) P(k+1, x)
     * (P the regularised lower incomplete gamma) and out[at+1] = W(t) = t·V(t) = 1 − e^-x Σ_{k&lt;m} (1 − k/m) x^k/k!,
     * sharing the exponential and the partial sums.
     */
    static void antiderivativeAndW(int m, double alpha, double t, double[] out, int at) {
        double x = alpha * t, e = Math.exp(-x), term = 1, partial = 0, sumG = 0, sumW = 0;
        boolean small = x < 1;
        double[] terms = small ? seriesTerms(m, x) : null;
        for (int k = 0; k < m; k++) {
            double c = 1 - (double) k / m;
            sumW += c * term;
            partial += term;
            sumG += c * (small ? lowerGammaSeries(k + 1, terms, e) : 1 - e * partial);
            term *= x / (k + 1);
        }
        out[at] = t - sumG / alpha;
        out[at + 1] = 1 - e * sumW;
    }

    /** Longest series a regularised lower gamma P(a, x) may need: a ≤ MAX_M, then at most 60 terms. */
    private static final int SERIES_LENGTH = MAX_M + 61;
    /** Per-thread terms x^j/j!, so that the m incomplete gammas of one point share them. */
    private static final ThreadLocal<double[]> TERMS = ThreadLocal.withInitial(() -> new double[SERIES_LENGTH + 1]);

    /**
     * x^j/j! for j = 0..m+60 (fewer: up to the first term the sums below never pass) by the recurrence t_j = t_{j−1}·(x/j), the very products the per-a series
     * below used to recompute for every a (so every P(a, x) keeps its bits while the O(m²) products
     * and the m exponentials of one point become O(m) and one).
     */
    private static double[] seriesTerms(int m, double x) {
        double[] t = TERMS.get();
        t[0] = 1;
        for (int j = 1; j <= m + 60; j++) {
            t[j] = t[j - 1] * (x / j);
            // x < 1: terms decrease, every P(a ≤ m) sum is ≥ t_m, so each stops before a term below 1e-18 t_m
            if (j > m && t[j] < 1e-18 * t[m]) break;
        }
        return t;
    }

    /**
     * P(a, x) = e^-x Σ_{j≥a} x^j/j! for integer a by its series (accurate for small x where
     * 1 − e^-x Σ cancels), from the shared terms and e = e^-x; summed upwards from j = a until a term
     * falls below 1e-18 of the sum.
     */
    private static double lowerGammaSeries(int a, double[] terms, double e) {
        double sum = 0;
        for (int j = a; j < a + 60; j++) {
            sum += terms[j];
            if (terms[j + 1] < 1e-18 * sum) break;
        }
        return e * sum;
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int k = 2; k <= n; k++) s += Math.log(k);
        return s;
    }
}

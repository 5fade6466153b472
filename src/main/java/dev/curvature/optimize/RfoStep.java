package dev.curvature.optimize;

/**
 * Rational-function steps in the eigenbasis of the (projected) Hessian.
 *
 * <p>The RFO step solves the augmented-Hessian eigenproblem [[H, g], [gᵀ, 0]] (v, 1)ᵀ = λ (v, 1)ᵀ
 * for its lowest eigenvalue λ. In the eigenbasis of H (eigenvalues b_k, gradient components g_k)
 * that matrix is an arrowhead, and its eigenvalues are exactly the roots of the secular equation
 * λ = Σ g_k² / (λ − b_k); the step is s_k = −g_k / (b_k − λ). Solving the secular equation by
 * bisection is therefore identical to diagonalising the augmented Hessian, costs O(n) instead of
 * a second O(n³) eigendecomposition, and is accurate to machine precision.
 *
 * <p>Partitioned RFO (Baker, J. Comput. Chem. 7, 385 (1986); Banerjee, Adams, Simons & Shepard,
 * J. Phys. Chem. 89, 52 (1985)) maximises along one mode p with the 2×2 augmented problem,
 * λ_p = b_p/2 + √(b_p²/4 + g_p²), and minimises along all others with the lowest root of their
 * secular equation.
 */
final class RfoStep {
    private RfoStep() {}

    /**
     * Lowest root of λ = Σ_{k≠skip} g_k²/(λ − b_k). It lies in [min(b, 0) − |g|, min(b, 0)], where
     * λ − Σ… increases monotonically, so bisection always converges.
     */
    static double lowestShift(double[] b, double[] g, int skip) {
        double bmin = 0, gnorm2 = 0;
        for (int k = 0; k < b.length; k++) {
            if (k == skip) continue;
            bmin = Math.min(bmin, b[k]);
            gnorm2 += g[k] * g[k];
        }
        double hi = bmin, lo = bmin - Math.sqrt(gnorm2) - 1e-12 * (1 + Math.abs(bmin));
        if (gnorm2 == 0) return bmin;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) break;
            double f = mid;
            for (int k = 0; k < b.length; k++) if (k != skip) f -= g[k] * g[k] / (mid - b[k]);
            if (f > 0) hi = mid; else lo = mid;
        }
        return 0.5 * (lo + hi);
    }

    private static double component(double g, double b, double lambda) {
        double d = b - lambda;
        // a mode with no gradient and b = λ (only possible for g = 0): no step along it
        return (g == 0 || d == 0) ? 0 : -g / d;
    }

    /** Minimisation step components. */
    static double[] minimize(double[] b, double[] g) {
        double lambda = lowestShift(b, g, -1);
        double[] s = new double[b.length];
        for (int k = 0; k < b.length; k++) s[k] = component(g[k], b[k], lambda);
        return s;
    }

    /** P-RFO step components: uphill along mode p, downhill along the rest. */
    static double[] saddle(double[] b, double[] g, int p) {
        double lambdaN = lowestShift(b, g, p);
        double lambdaP = 0.5 * b[p] + 0.5 * Math.sqrt(b[p] * b[p] + 4 * g[p] * g[p]);
        double[] s = new double[b.length];
        for (int k = 0; k < b.length; k++) s[k] = k == p ? component(g[k], b[k], lambdaP) : component(g[k], b[k], lambdaN);
        return s;
    }
}

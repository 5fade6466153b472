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

    /**
     * Minimisation step no longer than {@code radius}: the RFO step if it fits, otherwise the
     * level-shifted step s_k = −g_k / (b_k − λ) with λ below the RFO shift chosen so that |s| equals
     * the radius, which is the minimum of the quadratic model on the trust sphere (Moré &amp;
     * Sorensen). Scaling the RFO step down instead keeps its direction, and where the RFO shift sits
     * just below a negative eigenvalue with a small gradient component, that direction is almost
     * pure negative-curvature mode: the stiff modes that carry the force then get a vanishing share
     * of every step (caffeine, MMFF94: the RFO step was 20–75 Å long, scaled by 0.001–0.01, and
     * five steps of 0.075–0.3 Å left the largest force at 17 kcal/mol/Å).
     */
    static double[] minimize(double[] b, double[] g, double radius) {
        double lambdaRfo = lowestShift(b, g, -1);
        double[] s = new double[b.length];
        for (int k = 0; k < b.length; k++) s[k] = component(g[k], b[k], lambdaRfo);
        if (norm(s) <= radius) return s;
        // |s(λ)| grows monotonically as λ rises towards min(b); at λ_RFO it exceeds the radius, and
        // at min(b, 0) − |g|/radius every |b_k − λ| ≥ |g|/radius, so |s| ≤ radius: bisect between.
        double bmin = 0, gnorm2 = 0;
        for (int k = 0; k < b.length; k++) {
            bmin = Math.min(bmin, b[k]);
            gnorm2 += g[k] * g[k];
        }
        double hi = lambdaRfo, lo = Math.min(bmin, lambdaRfo) - Math.sqrt(gnorm2) / radius;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) break;
            double len2 = 0;
            for (int k = 0; k < b.length; k++) {
                double c = component(g[k], b[k], mid);
                len2 += c * c;
            }
            if (len2 > radius * radius) hi = mid; else lo = mid;
            if (Math.abs(Math.sqrt(len2) - radius) <= 1e-10 * radius) {
                lo = hi = mid;
                break;
            }
        }
        double lambda = lo; // the side with |s| <= radius
        for (int k = 0; k < b.length; k++) s[k] = component(g[k], b[k], lambda);
        return s;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) sum += x * x;
        return Math.sqrt(sum);
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

package dev.curvature.optimize;

/**
 * Line search for the strong Wolfe conditions by bracketing and zoom (Nocedal & Wright,
 * Numerical Optimization, 2nd ed., Algorithms 3.5 and 3.6) with safeguarded cubic interpolation.
 *
 * <p>Conditions, with φ(α) = E(x + αd): sufficient decrease φ(α) ≤ φ(0) + c₁αφ'(0) + ε and
 * curvature |φ'(α)| ≤ c₂|φ'(0)|, c₁ = 1e-4, c₂ = 0.9. The slack ε = 1e-12·(1 + |φ(0)|) absorbs
 * round-off in the energy so that the search still works when the remaining decrease is close to
 * machine precision (the idea of Hager & Zhang's approximate Wolfe conditions): the gradient
 * condition then decides. The step never exceeds {@code alphaMax} (set by the caller from the
 * per-atom step limit). If no Wolfe point is found within the evaluation budget, the lowest point
 * seen is returned when it lowered the energy; only otherwise does the search fail.
 */
final class WolfeLineSearch {
    static final double C1 = 1e-4, C2 = 0.9;
    static final int MAX_EVALUATIONS = 25;

    private final CountingPotential potential;
    private final int n;
    private final double[] trialX, trialG;
    /** The accepted point (valid after {@link #search} returned true). */
    final double[] x, g;
    double alpha, energy;

    private double[] x0, d;
    private double phi0, dphi0, slack;
    private double bestAlpha, bestPhi;
    private int evaluations;

    WolfeLineSearch(CountingPotential potential, int n) {
        this.potential = potential;
        this.n = n;
        trialX = new double[n];
        trialG = new double[n];
        x = new double[n];
        g = new double[n];
    }

    /**
     * Searches along descent direction d from x0 (energy e0, gradient g0).
     *
     * @return true if a point with lower energy (normally a strong-Wolfe point) was found; it is in
     *         {@link #x}, {@link #g}, {@link #energy}, {@link #alpha}
     */
    boolean search(double[] x0, double e0, double[] g0, double[] d, double alphaInit, double alphaMax) {
        this.x0 = x0;
        this.d = d;
        phi0 = e0;
        dphi0 = Residuals.dot(g0, d);
        if (!(dphi0 < 0)) return false;
        slack = 1e-12 * (1 + Math.abs(e0));
        evaluations = 0;
        bestAlpha = 0;
        bestPhi = e0;

        double prevAlpha = 0, prevPhi = e0, prevDphi = dphi0;
        double a = Math.min(alphaInit, alphaMax);
        for (int i = 0; evaluations < MAX_EVALUATIONS; i++) {
            double phi = evaluate(a);
            double dphi = Residuals.dot(trialG, d);
            if (phi > phi0 + C1 * a * dphi0 + slack || (i > 0 && phi >= prevPhi))
                return zoom(prevAlpha, prevPhi, prevDphi, a, phi, dphi);
            if (Math.abs(dphi) <= -C2 * dphi0) return acceptTrial(a, phi);
            if (dphi >= 0) return zoom(a, phi, dphi, prevAlpha, prevPhi, prevDphi);
            if (a >= alphaMax) return acceptTrial(a, phi); // longest allowed step, still going down
            prevAlpha = a;
            prevPhi = phi;
            prevDphi = dphi;
            a = Math.min(3 * a, alphaMax);
        }
        return fallback();
    }

    private boolean zoom(double lo, double phiLo, double dphiLo, double hi, double phiHi, double dphiHi) {
        while (evaluations < MAX_EVALUATIONS) {
            double a = cubicMinimum(lo, phiLo, dphiLo, hi, phiHi, dphiHi);
            double width = Math.abs(hi - lo);
            double left = Math.min(lo, hi), right = Math.max(lo, hi);
            if (!(a >= left + 0.1 * width && a <= right - 0.1 * width)) a = 0.5 * (lo + hi);
            if (width <= 1e-14 * Math.max(1, right)) break;
            double phi = evaluate(a);
            double dphi = Residuals.dot(trialG, d);
            if (phi > phi0 + C1 * a * dphi0 + slack || phi >= phiLo) {
                hi = a;
                phiHi = phi;
                dphiHi = dphi;
            } else {
                if (Math.abs(dphi) <= -C2 * dphi0) return acceptTrial(a, phi);
                if (dphi * (hi - lo) >= 0) {
                    hi = lo;
                    phiHi = phiLo;
                    dphiHi = dphiLo;
                }
                lo = a;
                phiLo = phi;
                dphiLo = dphi;
            }
        }
        return fallback();
    }

    /** Minimiser of the cubic through (a, fa, da), (b, fb, db); NaN if it has none. */
    static double cubicMinimum(double a, double fa, double da, double b, double fb, double db) {
        if (a == b) return Double.NaN;
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double disc = d1 * d1 - da * db;
        if (!(disc >= 0)) return Double.NaN;
        double d2 = Math.copySign(Math.sqrt(disc), b - a);
        double denom = db - da + 2 * d2;
        if (denom == 0) return Double.NaN;
        return b - (b - a) * (db + d2 - d1) / denom;
    }

    private double evaluate(double a) {
        evaluations++;
        for (int i = 0; i < n; i++) trialX[i] = x0[i] + a * d[i];
        double phi = potential.evaluate(trialX, trialG, null);
        if (phi < bestPhi) {
            bestAlpha = a;
            bestPhi = phi;
            System.arraycopy(trialX, 0, x, 0, n);
            System.arraycopy(trialG, 0, g, 0, n);
        }
        return phi;
    }

    private boolean acceptTrial(double a, double phi) {
        System.arraycopy(trialX, 0, x, 0, n);
        System.arraycopy(trialG, 0, g, 0, n);
        alpha = a;
        energy = phi;
        return true;
    }

    /** No Wolfe point: settle for the lowest energy seen, if it is below the start. */
    private boolean fallback() {
        if (bestAlpha > 0 && bestPhi < phi0) {
            alpha = bestAlpha;
            energy = bestPhi;
            return true;
        }
        return false;
    }
}

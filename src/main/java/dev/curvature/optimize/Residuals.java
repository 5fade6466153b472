package dev.curvature.optimize;

/** Force and displacement residuals and the convergence test of {@link OptimizationOptions}. */
final class Residuals {
    private Residuals() {}

    /** Largest per-atom norm of a 3N vector. */
    static double maxAtomNorm(double[] v) {
        double max = 0;
        for (int a = 0; a < v.length; a += 3) {
            double n2 = v[a] * v[a] + v[a + 1] * v[a + 1] + v[a + 2] * v[a + 2];
            if (n2 > max) max = n2;
        }
        return Math.sqrt(max);
    }

    /** RMS of the components of a 3N vector. */
    static double rms(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return v.length == 0 ? 0 : Math.sqrt(s / v.length);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /**
     * Why a minimizer stops at this iteration, or null to go on: converged first (a converged point
     * is never reported as cancelled), then the observer's Cancel, then the iteration budget.
     */
    static StopReason stopReason(OptimizationOptions o, double maxForce, double rmsForce, double maxDisp, double rmsDisp,
                                 boolean goOn, int iterations, int maxIterations) {
        if (converged(o, maxForce, rmsForce, maxDisp, rmsDisp)) return StopReason.CONVERGED;
        if (!goOn) return StopReason.CANCELLED;
        return iterations >= maxIterations ? StopReason.MAX_ITERATIONS : null;
    }

    /**
     * The convergence rule documented on {@link OptimizationOptions}. Displacements may be NaN (no
     * step taken yet): then only the "forces 100× below threshold" route can succeed.
     */
    static boolean converged(OptimizationOptions o, double maxForce, double rmsForce, double maxDisp, double rmsDisp) {
        boolean forces = maxForce <= o.maxForce() && rmsForce <= o.rmsForce();
        if (!forces) return false;
        boolean displacements = maxDisp <= o.maxDisplacement() && rmsDisp <= o.rmsDisplacement();
        return displacements || (maxForce <= 0.01 * o.maxForce() && rmsForce <= 0.01 * o.rmsForce());
    }
}

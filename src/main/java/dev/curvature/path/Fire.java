package dev.curvature.path;

/**
 * FIRE, the fast inertial relaxation engine (Bitzek, Koskinen, Gähler, Moseler & Gumbsch, Phys.
 * Rev. Lett. 97, 170201 (2006)): damped dynamics with unit masses that needs forces only, not an
 * energy they derive from, which is what a band's projected forces are. Parameters are the
 * paper's (N_min 5, f_inc 1.1, f_dec 0.5, α 0.1, f_α 0.99) with Δt 0.1 and Δt_max 1.0 in the
 * potential's units; no atom moves more than {@link #MAX_STEP_ANGSTROM} per step.
 */
final class Fire {
    static final double MAX_STEP_ANGSTROM = 0.1;
    private static final int N_MIN = 5;
    private static final double F_INC = 1.1, F_DEC = 0.5, ALPHA_START = 0.1, F_ALPHA = 0.99, DT_START = 0.1, DT_MAX = 1.0;

    /** Forces at x (into f, length of x); returns the convergence measure of those forces. */
    interface ForceField {
        double forces(double[] x, double[] f);
    }

    /** Called after each force evaluation; false stops the run. */
    interface Monitor {
        boolean onStep(int step, double measure);
    }

    record Outcome(int steps, double measure, boolean converged, boolean stopped) {}

    private Fire() {}

    /** Relaxes x in place until the force measure is at most threshold or maxSteps are taken. */
    static Outcome relax(ForceField field, double[] x, double threshold, int maxSteps, Monitor monitor) {
        int n = x.length;
        double[] v = new double[n], f = new double[n];
        double dt = DT_START, alpha = ALPHA_START;
        int positive = 0;
        for (int step = 0; ; step++) {
            double measure = field.forces(x, f);
            if (!Double.isFinite(measure)) return new Outcome(step, measure, false, true);
            if (measure <= threshold) return new Outcome(step, measure, true, false);
            if (step >= maxSteps) return new Outcome(step, measure, false, false);
            if (!monitor.onStep(step, measure)) return new Outcome(step, measure, false, true);
            double power = 0, vNorm = 0, fNorm = 0;
            for (int i = 0; i < n; i++) {
                power += f[i] * v[i];
                vNorm += v[i] * v[i];
                fNorm += f[i] * f[i];
            }
            if (power > 0) {
                double scale = alpha * Math.sqrt(vNorm / Math.max(fNorm, 1e-300));
                for (int i = 0; i < n; i++) v[i] = (1 - alpha) * v[i] + scale * f[i];
                if (++positive > N_MIN) {
                    dt = Math.min(dt * F_INC, DT_MAX);
                    alpha *= F_ALPHA;
                }
            } else {
                java.util.Arrays.fill(v, 0);
                alpha = ALPHA_START;
                dt *= F_DEC;
                positive = 0;
            }
            double largest = 0;
            for (int i = 0; i < n; i++) v[i] += dt * f[i];
            for (int a = 0; a < n / 3; a++) {
                double dx = v[3 * a] * dt, dy = v[3 * a + 1] * dt, dz = v[3 * a + 2] * dt;
                largest = Math.max(largest, Math.sqrt(dx * dx + dy * dy + dz * dz));
            }
            double shrink = largest > MAX_STEP_ANGSTROM ? MAX_STEP_ANGSTROM / largest : 1.0;
            for (int i = 0; i < n; i++) x[i] += shrink * dt * v[i];
        }
    }
}

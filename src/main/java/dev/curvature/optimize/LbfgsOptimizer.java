package dev.curvature.optimize;

import dev.curvature.linalg.DenseCholesky;
import dev.curvature.linalg.EnvelopeCholesky;
import dev.curvature.linalg.RigidBodySpace;
import dev.curvature.model.Potential;

/**
 * Limited-memory BFGS minimiser (Nocedal, Math. Comp. 35, 773 (1980); two-loop recursion) with
 * the strong-Wolfe {@link WolfeLineSearch}.
 *
 * <p>Safeguards: the initial inverse Hessian is γI with γ = sᵀy/yᵀy from the newest pair; pairs
 * with sᵀy ≤ 1e-10·|s||y| (no positive curvature) are not stored; if the two-loop direction is
 * not a descent direction, or the line search fails, the memory is cleared and the step is
 * retried along steepest descent; a second failure stops with
 * {@link StopReason#LINE_SEARCH_FAILED}. The first step (and every restart) moves the atom with
 * the largest force by 0.05 Å. No step moves any atom farther than
 * {@link OptimizationOptions#maxStepPerAtom()}.
 */
final class LbfgsOptimizer {
    private static final double FIRST_STEP_ANGSTROM = 0.05;
    /** Rebuild the preconditioner once some atom has moved this far (Å) since the last build. */
    private static final double PRECONDITIONER_REBUILD_ANGSTROM = 0.5;
    private static final boolean TRACE = Boolean.getBoolean("curvature.optimizer.trace");
    /** Switch from the bonded model to the exact Hessian below this largest atomic force (kcal/mol/Å). */
    static final double EXACT_SWITCH_FORCE = 0.1;
    /** Rebuild the exact preconditioner after an atom moved this far (Å) or after this many steps. */
    private static final double EXACT_REBUILD_ANGSTROM = 1.0;
    private static final int EXACT_REBUILD_STEPS = 60;
    /**
     * Largest molecule given the exact preconditioner: its 9N² doubles (162 MB at 1 500 atoms) are
     * held twice while it is built (Java array, native factor).
     */
    static final int EXACT_MAX_ATOMS = 1500;
    /** kcal/mol/Å²: curvature given to rigid motions in the exact preconditioner. */
    private static final double RIGID_CURVATURE = 1.0;
    private final OptimizationOptions options;
    private final int[][] bondNeighbours;

    LbfgsOptimizer(OptimizationOptions options) { this(options, null); }

    /**
     * With a bond graph (neighbour atoms per atom), the initial inverse Hessian of each step is
     * γ·P⁻¹ with P the sparse {@link ModelHessian} (factored by {@link EnvelopeCholesky}) instead of
     * γ·I: stiff bond and angle directions and soft torsions are then on one scale, which is what
     * lets L-BFGS converge on thousands of atoms (preconditioned L-BFGS as in Packwood et al.,
     * J. Chem. Phys. 144, 164109 (2016)).
     */
    LbfgsOptimizer(OptimizationOptions options, int[][] bondNeighbours) {
        this.options = options;
        this.bondNeighbours = bondNeighbours;
    }

    OptimizationResult run(Potential potential, double[] start, OptimizationObserver observer) {
        int n = 3 * potential.atomCount();
        if (start.length != n) throw new IllegalArgumentException("expected " + n + " coordinates, got " + start.length);
        CountingPotential p = new CountingPotential(potential);
        int m = options.lbfgsMemory();
        double[][] s = new double[m][n], y = new double[m][n];
        double[] rho = new double[m], alphaK = new double[m];
        int stored = 0, newest = -1;

        double[] x = start.clone(), g = new double[n], d = new double[n], step = new double[n], dy = new double[n];
        double e = p.evaluate(x, g, null);
        WolfeLineSearch search = new WolfeLineSearch(p, n);
        Preconditioner precon = null;
        double[] built = null, work = new double[n];
        if (bondNeighbours != null) {
            precon = model(x);
            built = x.clone();
        }
        boolean exactWanted = exactHessian(potential);
        int sinceBuild = 0, exactBuilds = 0, exactRetryAt = 0;
        double maxDisp = Double.NaN, rmsDisp = Double.NaN;
        int iterations = 0;

        while (true) {
            double maxForce = Residuals.maxAtomNorm(g), rmsForce = Residuals.rms(g);
            boolean goOn = observer.onIteration(new OptimizationProgress(iterations, e, maxForce, rmsForce, maxDisp, rmsDisp, Double.NaN));
            StopReason stop = Residuals.stopReason(options, maxForce, rmsForce, maxDisp, rmsDisp, goOn, iterations, options.maxIterations());

            boolean found = false;
            if (stop == null) {
                for (int attempt = 0; attempt < 2 && !found; attempt++) {
                    if (attempt == 1) stored = 0; // restart from steepest descent
                    double alphaInit;
                    if (stored == 0 && precon != null) {
                        precon.solve(g, d);
                        for (int i = 0; i < n; i++) d[i] = -d[i];
                        alphaInit = 1.0;
                    } else if (stored == 0) {
                        for (int i = 0; i < n; i++) d[i] = -g[i];
                        alphaInit = FIRST_STEP_ANGSTROM / Math.max(maxForce, 1e-300);
                    } else {
                        twoLoop(g, d, s, y, rho, alphaK, stored, newest, m, precon, work);
                        alphaInit = 1.0;
                        if (!(Residuals.dot(d, g) < -1e-10 * Residuals.norm(d) * Residuals.norm(g))) {
                            stored = 0;
                            for (int i = 0; i < n; i++) d[i] = -g[i];
                            alphaInit = FIRST_STEP_ANGSTROM / Math.max(maxForce, 1e-300);
                        }
                    }
                    double alphaMax = options.maxStepPerAtom() / Math.max(Residuals.maxAtomNorm(d), 1e-300);
                    found = search.search(x, e, g, d, alphaInit, alphaMax);
                }
                if (!found) stop = StopReason.LINE_SEARCH_FAILED;
            }
            if (stop != null) {
                if (precon != null) precon.close();
                return new OptimizationResult(x, e, g, precon == null ? "L-BFGS" : exactBuilds > 0 ? "L-BFGS, exact-Hessian preconditioned" : "preconditioned L-BFGS",
                        iterations, p.energies, p.gradients, p.hessians, maxForce,
                        rmsForce, maxDisp, rmsDisp, stop == StopReason.CONVERGED, stop, 0, -1, null);
            }

            // store the new pair (s, y) = (x⁺ − x, g⁺ − g) only if it carries positive curvature
            double sy = 0, ss = 0, yy = 0;
            for (int i = 0; i < n; i++) {
                double si = search.x[i] - x[i], yi = search.g[i] - g[i];
                step[i] = si;
                dy[i] = yi;
                sy += si * yi;
                ss += si * si;
                yy += yi * yi;
            }
            if (sy > 1e-10 * Math.sqrt(ss * yy)) {
                int slot = (newest + 1) % m;
                System.arraycopy(step, 0, s[slot], 0, n);
                System.arraycopy(dy, 0, y[slot], 0, n);
                rho[slot] = 1 / sy;
                newest = slot;
                stored = Math.min(stored + 1, m);
            }
            maxDisp = Residuals.maxAtomNorm(step);
            rmsDisp = Residuals.rms(step);
            System.arraycopy(search.x, 0, x, 0, n);
            System.arraycopy(search.g, 0, g, 0, n);
            e = search.energy;
            iterations++;
            sinceBuild++;
            if (precon == null) continue;
            boolean exactNow = exactWanted && iterations >= exactRetryAt && Residuals.maxAtomNorm(g) <= EXACT_SWITCH_FORCE;
            boolean rebuild = precon.exact()
                    ? movedFarther(built, x, EXACT_REBUILD_ANGSTROM) || sinceBuild >= EXACT_REBUILD_STEPS
                    : exactNow || movedFarther(built, x, PRECONDITIONER_REBUILD_ANGSTROM);
            if (rebuild) {
                long t0 = System.nanoTime();
                Preconditioner next = exactNow ? exact(p, x) : null;
                if (TRACE && exactNow) System.err.printf(java.util.Locale.ROOT, "preconditioner at step %d: %s, %.3f s%n", iterations,
                        next == null ? "model" : "exact", (System.nanoTime() - t0) / 1e9);
                if (next != null) exactBuilds++;
                else {
                    // not definite even shifted: far from a minimum; the bonded model for a while
                    if (exactNow) exactRetryAt = iterations + EXACT_REBUILD_STEPS;
                    next = model(x);
                }
                precon.close();
                precon = next;
                System.arraycopy(x, 0, built, 0, n);
                sinceBuild = 0;
            }
        }
    }

    /** A preconditioner P: out = P⁻¹·v. */
    private interface Preconditioner extends AutoCloseable {
        void solve(double[] v, double[] out);
        /** Built from the potential's own Hessian (else the bonded model). */
        boolean exact();
        @Override default void close() {}
    }

    private Preconditioner model(double[] x) {
        EnvelopeCholesky c = EnvelopeCholesky.factor(ModelHessian.of(bondNeighbours, x));
        return new Preconditioner() {
            @Override public void solve(double[] v, double[] out) { c.solve(v, out); }
            @Override public boolean exact() { return false; }
        };
    }

    /**
     * Whether to switch to the exact dense Hessian once the forces are small: only with the
     * bonded preconditioner on, an analytic Hessian, native LAPACK, and not above
     * {@link #EXACT_MAX_ATOMS} atoms.
     */
    private boolean exactHessian(Potential potential) {
        return bondNeighbours != null && potential.hasAnalyticHessian()
                && potential.atomCount() <= EXACT_MAX_ATOMS && DenseCholesky.available();
    }

    /**
     * The exact Hessian at x with rigid translations and rotations given curvature
     * {@link #RIGID_CURVATURE} (they are zero modes of an isolated molecule), shifted by μ until
     * Cholesky succeeds (μ = 0, then 0.05, 0.5, 5 kcal/mol/Å²: a few soft negative modes away from
     * the minimum), or null if it never does. Near a minimum L-BFGS on this preconditioner is a
     * quasi-Newton method started from the true curvature: the soft collective modes of a large
     * flexible molecule, which the bonded model cannot know and which make plain or model-
     * preconditioned L-BFGS take thousands of steps, are then resolved in a few.
     */
    private static Preconditioner exact(CountingPotential p, double[] x) {
        int n = x.length;
        double[] h = new double[n * n];
        p.evaluate(x, new double[n], h);
        RigidBodySpace.cartesian(x, true, true).projectHessian(h, RIGID_CURVATURE);
        double shift = 0;
        for (double mu : new double[] {0, 0.05, 0.5, 5}) {
            for (int i = 0; i < n; i++) h[i * n + i] += mu - shift;
            shift = mu;
            DenseCholesky c = DenseCholesky.factor(h, n);
            if (c != null)
                return new Preconditioner() {
                    @Override public void solve(double[] v, double[] out) { c.solve(v, out); }
                    @Override public boolean exact() { return true; }
                    @Override public void close() { c.close(); }
                };
        }
        return null;
    }

    private static boolean movedFarther(double[] from, double[] to, double limit) {
        for (int i = 0; i < from.length; i += 3) {
            double dx = to[i] - from[i], dy = to[i + 1] - from[i + 1], dz = to[i + 2] - from[i + 2];
            if (dx * dx + dy * dy + dz * dz > limit * limit) return true;
        }
        return false;
    }

    /**
     * d = −H·g by the two-loop recursion over the stored pairs (newest first), the initial inverse
     * Hessian γI, or γP⁻¹ with a preconditioner (γ = sᵀy/yᵀH₀y of the newest pair; 1 for the exact Hessian).
     */
    private static void twoLoop(double[] g, double[] d, double[][] s, double[][] y, double[] rho, double[] a,
                                int stored, int newest, int m, Preconditioner precon, double[] work) {
        int n = g.length;
        for (int i = 0; i < n; i++) d[i] = -g[i];
        for (int k = 0; k < stored; k++) {
            int j = ((newest - k) % m + m) % m;
            a[j] = rho[j] * Residuals.dot(s[j], d);
            for (int i = 0; i < n; i++) d[i] -= a[j] * y[j][i];
        }
        if (precon == null) {
            double gamma = 1 / (rho[newest] * Residuals.dot(y[newest], y[newest]));
            for (int i = 0; i < n; i++) d[i] *= gamma;
        } else {
            // the exact Hessian has the right scale already (γ = 1 saves a solve per step)
            double gamma = 1;
            if (!precon.exact()) {
                precon.solve(y[newest], work);
                gamma = 1 / (rho[newest] * Residuals.dot(y[newest], work));
            }
            precon.solve(d, work);
            for (int i = 0; i < n; i++) d[i] = gamma * work[i];
        }
        for (int k = stored - 1; k >= 0; k--) {
            int j = ((newest - k) % m + m) % m;
            double b = rho[j] * Residuals.dot(y[j], d);
            for (int i = 0; i < n; i++) d[i] += (a[j] - b) * s[j][i];
        }
    }
}

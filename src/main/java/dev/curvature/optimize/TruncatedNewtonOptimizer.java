package dev.curvature.optimize;

import dev.curvature.linalg.EnvelopeCholesky;
import dev.curvature.linalg.RigidBodySpace;
import dev.curvature.linalg.SparseBlockMatrix;
import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;

import java.util.Locale;

/**
 * Minimiser for molecules of thousands of atoms whose dense Hessian does not fit (a protein):
 * preconditioned L-BFGS ({@link LbfgsOptimizer} with the bonded {@link ModelHessian}) down to a
 * largest atomic force of {@link #NEWTON_SWITCH_FORCE}, then truncated Newton (line-search
 * Newton–CG, Nocedal &amp; Wright, Numerical Optimization, 2nd ed., Algorithm 7.1) on the exact
 * sparse analytic Hessian.
 *
 * <p>Why: near the minimum of a protein the soft collective motions (hinges, side-chain
 * librations, 0.1–10 cm⁻¹) make L-BFGS crawl — on 6C83 it needs ~900 further steps from forces of
 * 0.1 kcal/mol/Å to 1e-4 — because a 20-pair memory cannot learn thousands of soft directions. The
 * sparse Hessian knows them; each Newton step solves H·p = −g by conjugate gradients preconditioned
 * by the factored bonded model (the stiff bonds and angles, so CG only has to resolve the soft
 * part), stopped at a relative residual η = min(0.1, √|g|max) (superlinear convergence), on
 * negative curvature (then the CG iterate so far, which is a descent direction, or −P⁻¹g on the
 * first iteration) or when the next iterate would move an atom farther than the per-atom step cap
 * (a nearly flat direction; the trust-region idea of Steihaug's CG). Rigid translations and rotations are projected out of every CG vector, so
 * the singular directions of an isolated molecule do not enter. Steps go through the same
 * strong-Wolfe line search and per-atom step cap as L-BFGS.
 */
public final class TruncatedNewtonOptimizer {
    /** Largest atomic force (kcal/mol/Å) below which the Newton stage starts. */
    public static final double NEWTON_SWITCH_FORCE = 0.1;
    /** CG iterations per Newton step at most. */
    static final int MAX_CG_ITERATIONS = 400;
    private static final boolean TRACE = Boolean.getBoolean("curvature.optimizer.trace");

    private final OptimizationOptions options;

    public TruncatedNewtonOptimizer(OptimizationOptions options) { this.options = options; }

    /** Minimises from the structure's positions; the potential must be bound to it and hessians must be its Hessian. */
    public OptimizationResult minimize(Potential potential, Structure start, SparseHessianSource hessians, OptimizationObserver observer) {
        if (observer == null) observer = OptimizationObserver.NONE;
        if (start.bonds().isEmpty() || start.isPeriodic())
            throw new IllegalArgumentException("truncated Newton needs a molecule with bonds (for its preconditioner)");
        int[][] neighbours = start.neighbours();
        OptimizationObserver outer = observer;
        // stage 1: only forces decide (a looser target); iterations count against the same budget
        OptimizationOptions loose = options.withMaxForce(Math.max(options.maxForce(), NEWTON_SWITCH_FORCE))
                .withRmsForce(Math.max(options.rmsForce(), NEWTON_SWITCH_FORCE))
                .withMaxDisplacement(1e9).withRmsDisplacement(1e9);
        OptimizationResult first = new LbfgsOptimizer(loose, neighbours).run(potential, start.positions(), observer);
        if (first.stopReason() != StopReason.CONVERGED
                || Residuals.converged(options, first.maxForce(), first.rmsForce(), first.maxDisplacement(), first.rmsDisplacement()))
            return first;
        int offset = first.iterations();
        OptimizationResult second = newton(potential, first.positionsAngstrom(), hessians, neighbours,
                p -> outer.onIteration(new OptimizationProgress(p.iteration() + offset, p.energyKcalPerMol(), p.maxForce(), p.rmsForce(),
                        p.maxDisplacement(), p.rmsDisplacement(), p.trustRadiusAngstrom())), options.maxIterations() - offset);
        return new OptimizationResult(second.positionsAngstrom(), second.energyKcalPerMol(), second.gradient(),
                "preconditioned L-BFGS, then truncated Newton (sparse Hessian)", offset + second.iterations(),
                first.energyEvaluations() + second.energyEvaluations(), first.gradientEvaluations() + second.gradientEvaluations(),
                second.hessianEvaluations(), second.maxForce(), second.rmsForce(), second.maxDisplacement(), second.rmsDisplacement(),
                second.converged(), second.stopReason(), 0, -1, null);
    }

    private OptimizationResult newton(Potential potential, double[] start, SparseHessianSource hessians, int[][] neighbours,
                                      OptimizationObserver observer, int maxIterations) {
        int n = start.length;
        CountingPotential p = new CountingPotential(potential);
        double[] x = start.clone(), g = new double[n], d = new double[n], step = new double[n];
        double e = p.evaluate(x, g, null);
        WolfeLineSearch search = new WolfeLineSearch(p, n);
        double maxDisp = Double.NaN, rmsDisp = Double.NaN;
        int iterations = 0, hessianBuilds = 0;
        while (true) {
            double maxForce = Residuals.maxAtomNorm(g), rmsForce = Residuals.rms(g);
            boolean goOn = observer.onIteration(new OptimizationProgress(iterations, e, maxForce, rmsForce, maxDisp, rmsDisp, Double.NaN));
            StopReason stop = Residuals.stopReason(options, maxForce, rmsForce, maxDisp, rmsDisp, goOn, iterations, maxIterations);
            if (stop == null) {
                long t0 = TRACE ? System.nanoTime() : 0, c0 = TRACE ? cpu() : 0;
                SparseBlockMatrix h = hessians.at(x);
                hessianBuilds++;
                EnvelopeCholesky model = EnvelopeCholesky.factor(ModelHessian.of(neighbours, x));
                RigidBodySpace rigid = RigidBodySpace.cartesian(x, true, true);
                int cg = direction(h, model, rigid, g, d, Math.min(0.1, Math.sqrt(maxForce)), options.maxStepPerAtom());
                double alphaMax = options.maxStepPerAtom() / Math.max(Residuals.maxAtomNorm(d), 1e-300);
                boolean found = search.search(x, e, g, d, 1.0, alphaMax);
                if (!found) { // the Newton direction failed: one preconditioned steepest-descent try
                    model.solve(g, d);
                    for (int i = 0; i < n; i++) d[i] = -d[i];
                    alphaMax = options.maxStepPerAtom() / Math.max(Residuals.maxAtomNorm(d), 1e-300);
                    found = search.search(x, e, g, d, 1.0, alphaMax);
                }
                if (TRACE) System.err.printf(Locale.ROOT, "newton %d: %d CG iterations, step %.3f, %.2f s wall, %.2f s CPU%n", iterations, cg,
                        found ? search.alpha : 0, (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9);
                if (!found) stop = StopReason.LINE_SEARCH_FAILED;
            }
            if (stop != null)
                return new OptimizationResult(x, e, g, "truncated Newton", iterations, p.energies, p.gradients, hessianBuilds,
                        maxForce, rmsForce, maxDisp, rmsDisp, stop == StopReason.CONVERGED, stop, 0, -1, null);
            for (int i = 0; i < n; i++) step[i] = search.x[i] - x[i];
            maxDisp = Residuals.maxAtomNorm(step);
            rmsDisp = Residuals.rms(step);
            System.arraycopy(search.x, 0, x, 0, n);
            System.arraycopy(search.g, 0, g, 0, n);
            e = search.energy;
            iterations++;
        }
    }

    /**
     * Approximately solves H·d = −g by preconditioned CG (Steihaug's negative-curvature exit without
     * a trust region); returns the number of CG iterations.
     */
    static int direction(SparseBlockMatrix h, EnvelopeCholesky model, RigidBodySpace rigid, double[] g, double[] d, double eta,
                         double maxStep) {
        int n = g.length;
        double[] r = new double[n], z = new double[n], q = new double[n], hq = new double[n];
        for (int i = 0; i < n; i++) r[i] = -g[i];
        rigid.project(r);
        java.util.Arrays.fill(d, 0);
        double target = eta * Residuals.norm(r);
        model.solve(r, z);
        rigid.project(z);
        System.arraycopy(z, 0, q, 0, n);
        double rz = Residuals.dot(r, z);
        for (int k = 0; k < MAX_CG_ITERATIONS; k++) {
            h.multiply(q, hq);
            rigid.project(hq);
            double curvature = Residuals.dot(q, hq);
            if (curvature <= 1e-10 * Residuals.dot(q, q)) {
                if (k == 0) System.arraycopy(q, 0, d, 0, n); // preconditioned steepest descent
                return k;
            }
            double alpha = rz / curvature;
            if (k > 0 && maxAtomNorm(d, alpha, q) > maxStep) return k; // a nearly flat direction: keep the step so far
            for (int i = 0; i < n; i++) {
                d[i] += alpha * q[i];
                r[i] -= alpha * hq[i];
            }
            if (Residuals.norm(r) <= target) return k + 1;
            model.solve(r, z);
            rigid.project(z);
            double rzNext = Residuals.dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < n; i++) q[i] = z[i] + beta * q[i];
        }
        return MAX_CG_ITERATIONS;
    }

    private static long cpu() { return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }

    /** Largest per-atom norm of d + alpha·q. */
    private static double maxAtomNorm(double[] d, double alpha, double[] q) {
        double max = 0;
        for (int a = 0; a < d.length; a += 3) {
            double x = d[a] + alpha * q[a], y = d[a + 1] + alpha * q[a + 1], z = d[a + 2] + alpha * q[a + 2];
            max = Math.max(max, x * x + y * y + z * z);
        }
        return Math.sqrt(max);
    }
}

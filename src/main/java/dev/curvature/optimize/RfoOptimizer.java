package dev.curvature.optimize;

import dev.curvature.linalg.RigidBodySpace;
import dev.curvature.model.Potential;

/**
 * Newton-type optimizer on the exact Hessian: RFO for minima and partitioned RFO (eigenvector
 * following) for first-order saddle points.
 *
 * <p>Each accepted step evaluates the exact analytic Hessian (no quasi-Newton updates: force-field
 * Hessians cost a few gradients, and exact curvature gives quadratic convergence and the right
 * mode to follow). The Hessian and gradient are projected onto internal motions (see
 * {@link RigidBodyModes}) before the step, so rigid translations and rotations neither appear as
 * soft modes nor receive a step. A minimisation step longer than the trust radius (norm of the 3N
 * step) is replaced by the level-shifted step of exactly that length, the minimum of the quadratic
 * model on the trust sphere ({@link RfoStep#minimize(double[], double[], double)}), not the RFO step
 * scaled down; every step is then scaled to the per-atom step limit.
 *
 * <p>Trust radius: with ρ = ΔE / ΔE_predicted from the quadratic model, minimisation doubles the
 * radius (up to the maximum) when ρ > 0.75 and the step was at least 80 % of the radius, and
 * cuts it to a quarter of the step length when ρ < 0.25; steps that raise the energy (beyond
 * round-off) are rejected and retried from the same point with the radius cut to where the
 * cubic through the energies and slopes at both ends of the step has its minimum (10–50 % of
 * the step; see {@link #backtrackFraction}). Saddle
 * searches cannot demand a lower energy; they reject a step when the model failed outright
 * (ρ < 0 or ρ > 3), grow the radius for 0.8 < ρ < 1.25 and halve it outside [0.5, 2].
 *
 * <p>Saddle steps that exceed the radius are shortened along the uphill mode first; only if the
 * downhill part alone is longer than the radius is the whole step scaled. Scaling everything
 * would starve the downhill relaxation whenever the uphill step is long, and Cartesian uphill steps
 * along a torsion then stretch bonds step after step until the followed mode turns stiff (seen on
 * the ethane model from 25° off eclipsed: it diverged before this rule, converges in 8 steps with
 * it).
 *
 * <p>A minimisation whose convergence criteria are met where the Hessian still has a negative
 * eigenvalue (a saddle, typically a symmetric starting geometry with zero gradient) does not stop
 * there: it steps along the most negative mode (at most 10 times per run) and carries on.
 *
 * <p>Mode following: with mode 1 (the default) every step maximises along the lowest internal
 * mode. With mode K > 1 the first step takes the K-th lowest, later steps the mode with the
 * largest overlap with the one followed before (Baker's mode following).
 */
final class RfoOptimizer {
    private static final int MAX_SADDLE_ESCAPES = 10;
    private final OptimizationOptions options;
    private final boolean saddle;

    RfoOptimizer(OptimizationOptions options, boolean saddle) {
        this.options = options;
        this.saddle = saddle;
    }

    OptimizationResult run(Potential potential, double[] start, OptimizationObserver observer) {
        if (!potential.hasAnalyticHessian())
            throw new IllegalArgumentException(potential.modelName() + " has no analytic Hessian: wrap it in FiniteDifferenceModel");
        int n3 = 3 * potential.atomCount();
        if (start.length != n3) throw new IllegalArgumentException("expected " + n3 + " coordinates, got " + start.length);
        CountingPotential p = new CountingPotential(potential);
        double[] x = start.clone(), g = new double[n3], h = new double[n3 * n3];
        double e = p.evaluate(x, g, h);
        RigidBodyModes rigid = RigidBodyModes.choose(options.rigidBody(), p, x, e);
        double radius = options.initialTrustRadius();
        double maxDisp = Double.NaN, rmsDisp = Double.NaN;
        double[] followed = null;
        int iterations = 0, escapes = 0;
        double[] xNew = new double[n3], gNew = new double[n3], hNew = new double[n3 * n3];
        String method = saddle ? "P-RFO" : "RFO";

        RigidBodySpace basis = null;
        HessianModes modes = null;
        boolean retry = false; // true after a rejected step: same point, smaller radius
        while (true) {
            if (!retry) {
                basis = rigid.space(x);
                modes = HessianModes.of(h, n3, basis);
            }
            double maxForce = Residuals.maxAtomNorm(g), rmsForce = Residuals.rms(g);
            StopReason stop = null;
            boolean goOn = retry
                    || observer.onIteration(new OptimizationProgress(iterations, e, maxForce, rmsForce, maxDisp, rmsDisp, radius));
            retry = false;
            boolean converged = Residuals.converged(options, maxForce, rmsForce, maxDisp, rmsDisp);
            // a minimisation that stalls on a saddle (e.g. started at a symmetric one, where the
            // gradient vanishes) steps off it along the most negative mode instead of stopping
            boolean escape = !saddle && converged && modes.negativeCount() > 0 && escapes < MAX_SADDLE_ESCAPES;
            if (converged && !escape)
                stop = (!saddle || modes.negativeCount() == 1) ? StopReason.CONVERGED : StopReason.WRONG_CURVATURE;
            else if (!goOn)
                stop = StopReason.CANCELLED;
            else if (iterations >= options.maxIterations())
                stop = StopReason.MAX_ITERATIONS;
            if (stop != null)
                return new OptimizationResult(x, e, g, method, iterations, p.energies, p.gradients, p.hessians, maxForce,
                        rmsForce, maxDisp, rmsDisp, stop == StopReason.CONVERGED, stop, basis.dimension(), modes.negativeCount(), h);

            double[] gp = g.clone();
            basis.project(gp);
            double[] gk = modes.components(gp);
            double[] sk;
            int followedMode = -1;
            if (saddle) {
                followedMode = chooseMode(modes, followed);
                sk = RfoStep.saddle(modes.values, gk, followedMode);
                // exactly at a minimum along the followed mode P-RFO has no gradient to climb: kick uphill
                if (gk[followedMode] == 0 && modes.values[followedMode] > 0) sk[followedMode] = radius;
            } else {
                sk = RfoStep.minimize(modes.values, gk, radius);
                if (escape) {
                    escapes++;
                    if (Math.abs(sk[0]) < 0.5 * radius) sk[0] = Math.copySign(radius, sk[0] == 0 ? 1 : sk[0]);
                }
            }
            double length = Residuals.norm(sk);
            if (saddle && length > radius) {
                // Shorten the uphill component first: the downhill (RFO) part keeps relaxing the
                // other modes instead of being scaled away whenever the uphill step is long.
                double down2 = length * length - sk[followedMode] * sk[followedMode];
                if (down2 < radius * radius) {
                    sk[followedMode] = Math.copySign(Math.sqrt(radius * radius - down2), sk[followedMode]);
                    length = radius;
                }
            }
            double scale = length > radius ? radius / length : 1.0;
            double[] s = modes.combine(sk, n3);
            double atomMax = Residuals.maxAtomNorm(s) * scale;
            if (atomMax > options.maxStepPerAtom()) scale *= options.maxStepPerAtom() / atomMax;
            double predicted = 0;
            for (int k = 0; k < sk.length; k++) {
                sk[k] *= scale;
                predicted += gk[k] * sk[k] + 0.5 * modes.values[k] * sk[k] * sk[k];
            }
            for (int i = 0; i < n3; i++) {
                s[i] *= scale;
                xNew[i] = x[i] + s[i];
            }
            double stepLength = Residuals.norm(s);
            double eNew = p.evaluate(xNew, gNew, hNew);
            double dE = eNew - e;
            double rho = predicted != 0 ? dE / predicted : 1.0;
            double roundoff = 1e-11 * (1 + Math.abs(e));

            if (!saddle) {
                boolean accept = dE <= roundoff
                        || (dE <= 1e3 * roundoff && Residuals.rms(gNew) < rmsForce);
                if (!accept) {
                    radius = backtrackFraction(e, Residuals.dot(g, s), eNew, Residuals.dot(gNew, s)) * stepLength;
                    if (radius < options.minTrustRadius())
                        return new OptimizationResult(x, e, g, method, iterations, p.energies, p.gradients, p.hessians,
                                maxForce, rmsForce, maxDisp, rmsDisp, false, StopReason.TRUST_RADIUS_TOO_SMALL,
                                basis.dimension(), modes.negativeCount(), h);
                    retry = true;
                    continue;
                }
                if (rho > 0.75 && stepLength > 0.8 * radius) radius = Math.min(2 * radius, options.maxTrustRadius());
                else if (rho < 0.25) radius = Math.max(0.25 * stepLength, options.minTrustRadius());
            } else if (Math.abs(predicted) > 1e3 * roundoff) {
                // the quadratic model failed badly (wrong sign, or 3× off): retry shorter from here
                if (rho < 0 || rho > 3) {
                    radius = 0.25 * stepLength;
                    if (radius < options.minTrustRadius())
                        return new OptimizationResult(x, e, g, method, iterations, p.energies, p.gradients, p.hessians,
                                maxForce, rmsForce, maxDisp, rmsDisp, false, StopReason.TRUST_RADIUS_TOO_SMALL,
                                basis.dimension(), modes.negativeCount(), h);
                    retry = true;
                    continue;
                }
                if (rho > 0.8 && rho < 1.25 && stepLength > 0.8 * radius)
                    radius = Math.min(2 * radius, options.maxTrustRadius());
                else if (rho < 0.5 || rho > 2)
                    radius = Math.max(0.5 * stepLength, options.minTrustRadius());
            }
            if (saddle) followed = modes.vectors[followedMode];
            maxDisp = Residuals.maxAtomNorm(s);
            rmsDisp = Residuals.rms(s);
            double[] t = x; x = xNew; xNew = t;
            t = g; g = gNew; gNew = t;
            t = h; h = hNew; hNew = t;
            e = eNew;
            iterations++;
        }
    }

    /**
     * Where along a rejected step the energy is lowest, as a fraction of the step: the minimum of
     * the cubic through the energies and directional derivatives at both ends, kept within
     * [0.1, 0.5] (a quarter when the cubic has no minimum there).
     */
    static double backtrackFraction(double e0, double slope0, double e1, double slope1) {
        double d1 = slope0 + slope1 + 3 * (e0 - e1);
        double disc = d1 * d1 - slope0 * slope1;
        if (!(slope0 < 0) || disc < 0) return 0.25;
        double d2 = Math.sqrt(disc);
        double t = 1 - (slope1 + d2 - d1) / (slope1 - slope0 + 2 * d2);
        if (!Double.isFinite(t)) return 0.25;
        return Math.min(0.5, Math.max(0.1, t));
    }

    /**
     * Mode 1 (the default) always maximises along the lowest internal mode, which is what a
     * first-order saddle needs and cannot be lured onto a stiff mode. For K > 1 the K-th mode is
     * chosen at the start and then followed by maximum overlap with the previous step's mode.
     */
    private int chooseMode(HessianModes modes, double[] previous) {
        int count = modes.values.length;
        int k = options.transitionStateMode() - 1;
        if (k >= count)
            throw new IllegalArgumentException("transition-state mode " + (k + 1) + " requested but the system has only "
                    + count + " internal modes");
        if (previous == null || k == 0) return k;
        int best = 0;
        double bestOverlap = -1;
        for (int j = 0; j < count; j++) {
            double o = Math.abs(Residuals.dot(modes.vectors[j], previous));
            if (o > bestOverlap) {
                bestOverlap = o;
                best = j;
            }
        }
        return best;
    }
}

package dev.curvature.optimize;

import dev.curvature.model.Potential;
import dev.curvature.units.Units;

/**
 * Minimization for models whose Hessian is too expensive to take every step (GFN2-xTB builds it
 * from 6N gradients), in the spirit of xtb's ANCopt: the steps are rational-function steps in
 * approximate normal coordinates, the eigenvectors of an approximate Hessian that starts as
 * {@link LindhModelHessian} and learns the model's curvature from every gradient by damped BFGS
 * updates.
 *
 * <p>Start: Lindh's model at the first geometry, rigid translations and rotations projected out,
 * its internal eigenvalues clamped to [{@link #H_LOW}, {@link #H_HIGH}] (xtb's ANCopt defaults
 * hlow = 0.01 and hmax = 5 Eh/bohr²: the model knows which directions are stiff, not how soft the
 * softest ones are, so none is trusted to be softer than that). Every step: the current Hessian is
 * diagonalised in the internal space (the ANCs), the RFO step of {@link RfoStep#minimize} with a
 * trust radius is taken in that basis, and the Hessian is updated with the new gradient by BFGS
 * with Powell's damping ({@link #update}) (the update keeps it positive definite also where the surface is not
 * convex, e.g. on a rejected step, whose gradient is information too). xtb keeps the ANC basis for
 * a number of micro-cycles and rebuilds it from the model Hessian at the new geometry; rebuilding it
 * from the updated Hessian every step instead costs one dense diagonalisation (milliseconds up to a
 * few hundred atoms, against a GFN2 gradient's 0.1–1 s) and keeps what the updates learnt, which
 * matters for the tight thresholds frequencies need. The model is rebuilt at the current geometry
 * only when the updated Hessian fails ({@link #RESETS} times at most): three rejected steps in a row.
 *
 * <p>Steps are accepted when the energy does not rise (beyond round-off); a rejected step shrinks
 * the trust radius to the minimum of the cubic along it, as in {@link RfoOptimizer}. Convergence
 * is the rule of {@link OptimizationOptions}. No exact Hessian is ever computed, so the result
 * carries none.
 */
final class ApproximateNormalCoordinateOptimizer {
    private static final double EH_BOHR2 = Units.KCAL_PER_MOL_PER_HARTREE / (Units.ANGSTROM_PER_BOHR * Units.ANGSTROM_PER_BOHR);
    /** Smallest and largest eigenvalue of the starting Hessian, kcal/mol/Å² (0.01 and 5 Eh/bohr²). */
    static final double H_LOW = 0.01 * EH_BOHR2, H_HIGH = 5.0 * EH_BOHR2;
    /**
     * kcal/mol/Å²: an eigenvalue below this is a direction the Hessian knows nothing about (it was
     * a rigid rotation when the model was built, as the axial rotation of a bent HCN that has since
     * become linear), and gets {@link #H_LOW} in the step instead of an unbounded one.
     */
    private static final double H_FLOOR = 1e-3;
    /** Longest stretch of the model's step ({@link #stretchAfter}). */
    static final double MAX_STRETCH = 2.0;
    private static final int REJECTIONS_BEFORE_RESET = 3, RESETS = 3;
    private static final boolean TRACE = Boolean.getBoolean("curvature.optimizer.trace");
    static final String METHOD = "ANC-RFO (Lindh model Hessian, BFGS)";

    private final OptimizationOptions options;
    private final int[] atomicNumbers;

    ApproximateNormalCoordinateOptimizer(OptimizationOptions options, int[] atomicNumbers) {
        this.options = options;
        this.atomicNumbers = atomicNumbers.clone();
    }

    OptimizationResult run(Potential potential, double[] start, OptimizationObserver observer) {
        int n3 = 3 * potential.atomCount();
        if (start.length != n3) throw new IllegalArgumentException("expected " + n3 + " coordinates, got " + start.length);
        if (atomicNumbers.length * 3 != n3)
            throw new IllegalArgumentException(atomicNumbers.length + " atomic numbers for " + n3 / 3 + " atoms");
        CountingPotential p = new CountingPotential(potential);
        double[] x = start.clone(), g = new double[n3];
        double e = p.evaluate(x, g, null);
        RigidBodyModes rigid = RigidBodyModes.choose(options.rigidBody(), p, x, e);
        double[] h = model(x, rigid);
        double radius = options.initialTrustRadius();
        double maxDisp = Double.NaN, rmsDisp = Double.NaN;
        int iterations = 0, rejections = 0, resets = 0;
        double stretch = 1;
        double[] xNew = new double[n3], gNew = new double[n3];
        boolean retry = false;
        while (true) {
            double maxForce = Residuals.maxAtomNorm(g), rmsForce = Residuals.rms(g);
            boolean goOn = retry
                    || observer.onIteration(new OptimizationProgress(iterations, e, maxForce, rmsForce, maxDisp, rmsDisp, radius));
            retry = false;
            StopReason stop = Residuals.stopReason(options, maxForce, rmsForce, maxDisp, rmsDisp, goOn, iterations, options.maxIterations());
            if (stop != null) return result(x, e, g, iterations, p, maxDisp, rmsDisp, stop, rigid, x);

            var basis = rigid.space(x);
            HessianModes modes = HessianModes.of(h, n3, basis);
            double[] b = modes.values.clone();
            for (int k = 0; k < b.length; k++) if (b[k] < H_FLOOR) b[k] = H_LOW;
            double[] gp = g.clone();
            basis.project(gp);
            double[] gk = modes.components(gp);
            double[] sk = RfoStep.minimize(b, gk, radius);
            double[] s = modes.combine(sk, n3);
            double skLength = Residuals.norm(sk);
            double scale = skLength * stretch > radius ? Math.max(1, radius / skLength) : stretch;
            double atomMax = Residuals.maxAtomNorm(s) * scale;
            if (atomMax > options.maxStepPerAtom()) scale *= options.maxStepPerAtom() / atomMax;
            for (int i = 0; i < n3; i++) {
                s[i] *= scale;
                xNew[i] = x[i] + s[i];
            }
            double stepLength = Residuals.norm(s);
            double eNew = p.evaluate(xNew, gNew, null);
            double dE = eNew - e;
            double roundoff = 1e-11 * (1 + Math.abs(e));
            double predicted = 0;
            for (int k = 0; k < sk.length; k++) predicted += scale * gk[k] * sk[k] + 0.5 * b[k] * scale * scale * sk[k] * sk[k];
            double rho = predicted != 0 ? dE / predicted : 1.0;
            // the gradient at the trial point says something about the curvature along s either way
            update(h, n3, s, difference(gNew, g, basis));
            if (TRACE) System.err.printf(java.util.Locale.ROOT, "anc %3d E %.8f fmax %.2e radius %.3f step %.3g rho %.3f f %.2f b0 %.3g b1 %.3g%n",
                    iterations, e, maxForce, radius, stepLength, rho, scale, b[0], b[1]);
            boolean accept = dE <= roundoff || (dE <= 1e3 * roundoff && Residuals.rms(gNew) < rmsForce);
            if (!accept) {
                stretch = 1;
                radius = RfoOptimizer.backtrackFraction(e, Residuals.dot(g, s), eNew, Residuals.dot(gNew, s)) * stepLength;
                if (++rejections >= REJECTIONS_BEFORE_RESET && resets < RESETS) {
                    h = model(x, rigid);
                    resets++;
                    rejections = 0;
            stretch = stretchAfter(rho, scale);
                }
                if (radius < options.minTrustRadius())
                    return result(x, e, g, iterations, p, maxDisp, rmsDisp, StopReason.TRUST_RADIUS_TOO_SMALL, rigid, x);
                retry = true;
                continue;
            }
            rejections = 0;
            stretch = stretchAfter(rho, scale);
            if (rho > 0.75 && stepLength > 0.8 * radius) radius = Math.min(2 * radius, options.maxTrustRadius());
            else if (rho < 0.25) radius = Math.max(0.25 * stepLength, options.minTrustRadius());
            maxDisp = Residuals.maxAtomNorm(s);
            rmsDisp = Residuals.rms(s);
            double[] t = x; x = xNew; xNew = t;
            t = g; g = gNew; gNew = t;
            e = eNew;
            iterations++;
        }
    }

    /**
     * The factor for the next step from how the last one went: along a step f·s with s the
     * quadratic model's step, the energy falls by f·q(1 − f·r/2) for curvature r·q (q = sᵀBs), while
     * the model predicted f·q(1 − f/2); their ratio ρ gives r = (2/f)(1 − ρ(1 − f/2)), and the best
     * factor along that line is 1/r, kept within [1, {@link #MAX_STRETCH}]. In the long tail of a
     * floppy molecule (deca-alanine) the model stays too stiff along the soft modes the gradient
     * points into (ρ ≈ 1.4 step after step): this lengthens the steps to match, as xtb's ANCopt does
     * with a fixed 1.5 near convergence. A rejected step resets it to 1.
     */
    static double stretchAfter(double rho, double f) {
        double r = (2 / f) * (1 - rho * (1 - 0.5 * f));
        if (!(r > 1.0 / MAX_STRETCH)) return MAX_STRETCH;
        return Math.min(MAX_STRETCH, Math.max(1, 1 / r));
    }

    private OptimizationResult result(double[] x, double e, double[] g, int iterations, CountingPotential p, double maxDisp,
                                      double rmsDisp, StopReason stop, RigidBodyModes rigid, double[] at) {
        return new OptimizationResult(x, e, g, METHOD, iterations, p.energies, p.gradients, p.hessians,
                Residuals.maxAtomNorm(g), Residuals.rms(g), maxDisp, rmsDisp, stop == StopReason.CONVERGED, stop,
                rigid.space(at).dimension(), -1, null);
    }

    /** Lindh's model at x with its internal eigenvalues clamped to [H_LOW, H_HIGH], rigid block zero. */
    private double[] model(double[] x, RigidBodyModes rigid) {
        int n3 = x.length;
        HessianModes modes = HessianModes.of(LindhModelHessian.of(atomicNumbers, x), n3, rigid.space(x));
        double[] h = new double[n3 * n3];
        for (int k = 0; k < modes.values.length; k++) {
            double lambda = Math.min(H_HIGH, Math.max(H_LOW, modes.values[k]));
            double[] v = modes.vectors[k];
            for (int i = 0; i < n3; i++) {
                double c = lambda * v[i];
                int row = i * n3;
                for (int j = 0; j < n3; j++) h[row + j] += c * v[j];
            }
        }
        return h;
    }

    /** gNew − g with the rigid components at the current point removed. */
    private static double[] difference(double[] gNew, double[] g, dev.curvature.linalg.RigidBodySpace basis) {
        double[] y = new double[g.length];
        for (int i = 0; i < y.length; i++) y[i] = gNew[i] - g[i];
        basis.project(y);
        return y;
    }

    /**
     * BFGS update H ← H − (Hs)(Hs)ᵀ/sᵀHs + rrᵀ/sᵀr with Powell's damping: r = y where the step
     * shows curvature sᵀy ≥ 0.2 sᵀHs, else r = θy + (1−θ)Hs with θ = 0.8 sᵀHs/(sᵀHs − sᵀy), so
     * that sᵀr = 0.2 sᵀHs &gt; 0 and H stays positive definite (Powell 1978; Nocedal &amp; Wright,
     * Numerical Optimization, procedure 18.2). An indefinite update (SR1) was tried for leaving
     * saddles faster: it did not (caffeine from perturbed starts, 92 gradients either way) and on
     * HCN it made a near-zero eigenvalue, a 0.3 Å step along it and three rejections.
     */
    static void update(double[] h, int n, double[] s, double[] y) {
        double[] hs = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) sum += h[row + j] * s[j];
            hs[i] = sum;
        }
        double shs = Residuals.dot(s, hs), sy = Residuals.dot(s, y);
        if (!(shs > 0)) return;
        double[] r = y;
        double sr = sy;
        if (sy < 0.2 * shs) {
            double theta = 0.8 * shs / (shs - sy);
            r = new double[n];
            for (int i = 0; i < n; i++) r[i] = theta * y[i] + (1 - theta) * hs[i];
            sr = Residuals.dot(s, r);
        }
        if (!(sr > 0)) return;
        for (int i = 0; i < n; i++) {
            double a = hs[i] / shs, c = r[i] / sr;
            int row = i * n;
            for (int j = 0; j < n; j++) h[row + j] += -a * hs[j] + c * r[j];
        }
    }
}

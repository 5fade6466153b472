package dev.curvature.optimize;

import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;

/**
 * Entry point: geometry minimization and transition-state search for any {@link Potential}.
 * Stateless and immutable apart from its options; safe to share.
 *
 * <p>Minimization methods: {@link OptimizationMethod#LBFGS} ({@link LbfgsOptimizer}),
 * {@link OptimizationMethod#RFO} ({@link RfoOptimizer}, exact Hessian every step) and
 * {@link OptimizationMethod#AUTO}, which picks RFO when the potential has an analytic Hessian and
 * at most {@link OptimizationOptions#rfoMaxAtoms()} atoms, L-BFGS otherwise (model-preconditioned
 * where the potential offers a model Hessian). {@link OptimizationMethod#ANC} is chosen on request.
 *
 * <p>Why not ANC for GFN2-xTB by default (BENCHMARKS.md, "GFN2 freq with an ANC optimizer"): it
 * needs fewer gradients on caffeine (91 with its saddle restart, 16 without, against 123), but on a
 * quiet machine the whole {@code freq} cost more user CPU in all 6 interleaved runs (median 15.6
 * against 12.8 s), because stopping on the methyl-rotor saddle costs a second Hessian; on
 * deca-alanine it needs 475 gradients against 208.
 *
 * <p>Why 150 (OptimizerCrossoverBenchmark, 2-core machine, default thresholds, 0.1 Å jittered
 * starts). On molecules (n-alkane valence models, stiff bonds and soft torsions) RFO needs 7–10
 * steps from 11 to 152 atoms while L-BFGS needs 80 → 1900 gradients (C50H102, 152 atoms: RFO
 * 2.6 s, L-BFGS 13 s, with Hessians as cheap as gradients in that test model). The RFO step costs
 * an EJML eigendecomposition of the 3N×3N Hessian, ≈ 0.25 s at 150 atoms and growing as N³
 * (≈ 2 s at 300), so with a force-field Hessian costing several gradients the two meet somewhere
 * between 150 and 300 atoms; 150 keeps RFO where it clearly wins. Caveat: on floppy,
 * non-quadratic landscapes (Lennard-Jones clusters from a cubic grid) RFO needs 30–200 steps and
 * L-BFGS is faster at every size measured (13–300 atoms); such systems should ask for LBFGS.
 * On real MMFF94 molecules (96 validation-suite molecules, 10–47 atoms, 0.05 Å perturbed starts;
 * MmffOptimizationTest) RFO takes 7.5 steps on average (at most 20) and L-BFGS 177 (up to 449);
 * warm wall time 21 ms vs 10 ms per molecule, both end on the same minimum to 4e-8 kcal/mol, and
 * RFO's final forces are typically 1e-8 instead of 1e-5 kcal/mol/Å. For such small molecules
 * AUTO thus buys robustness, tight convergence and the final Hessian (negative eigenvalue check,
 * reusable for frequencies) at the price of ~10 ms, not speed.
 *
 * <p>Transition states: {@link #transitionState} runs partitioned RFO, maximizing along the
 * {@link OptimizationOptions#transitionStateMode()}-th lowest internal mode. A potential without
 * an analytic Hessian is wrapped in {@link FiniteDifferenceModel} for RFO and TS searches.
 */
public final class Optimizer {
    private final OptimizationOptions options;

    public Optimizer(OptimizationOptions options) {
        if (options == null) throw new IllegalArgumentException("options must not be null");
        this.options = options;
    }

    public Optimizer() { this(OptimizationOptions.defaults()); }

    public OptimizationOptions options() { return options; }

    /** The method AUTO resolves to for this potential. */
    public OptimizationMethod methodFor(Potential potential) {
        if (options.method() != OptimizationMethod.AUTO) return options.method();
        return potential.hasAnalyticHessian() && potential.atomCount() <= options.rfoMaxAtoms()
                ? OptimizationMethod.RFO : OptimizationMethod.LBFGS;
    }

    /** Minimizes the energy from the given 3N starting coordinates (Å). */
    public OptimizationResult minimize(Potential potential, double[] startAngstrom, OptimizationObserver observer) {
        return minimize(potential, startAngstrom, null, null, observer);
    }

    /**
     * Minimizes from the structure's positions; its bonds let AUTO (above
     * {@link OptimizationOptions#rfoMaxAtoms()} atoms) and PRECONDITIONED_LBFGS precondition
     * L-BFGS with a sparse bonded model Hessian (molecules only).
     */
    public OptimizationResult minimize(Potential potential, Structure start, OptimizationObserver observer) {
        // a periodic structure's bonds may cross the cell, which the model Hessian does not know
        boolean usable = !start.bonds().isEmpty() && !start.isPeriodic();
        int[] z = null;
        if (!start.isPeriodic()) {
            z = new int[start.atomCount()];
            for (int i = 0; i < z.length; i++) z[i] = start.atomicNumber(i);
        }
        return minimize(potential, start.positions(), usable ? start.neighbours() : null, z, observer);
    }

    private OptimizationResult minimize(Potential potential, double[] startAngstrom, int[][] bondNeighbours, int[] atomicNumbers,
                                        OptimizationObserver observer) {
        if (observer == null) observer = OptimizationObserver.NONE;
        OptimizationMethod method = methodFor(potential);
        if (method == OptimizationMethod.ANC) {
            if (atomicNumbers == null) throw new IllegalArgumentException("the ANC optimizer needs the elements of a molecule: start from its structure");
            return new ApproximateNormalCoordinateOptimizer(options, atomicNumbers).run(potential, startAngstrom, observer);
        }
        if (method == OptimizationMethod.RFO)
            return new RfoOptimizer(options, false).run(FiniteDifferenceModel.ensureHessian(potential), startAngstrom, observer);
        boolean precondition = bondNeighbours != null
                && (method == OptimizationMethod.PRECONDITIONED_LBFGS || options.method() == OptimizationMethod.AUTO);
        if (method == OptimizationMethod.PRECONDITIONED_LBFGS && bondNeighbours == null)
            throw new IllegalArgumentException("preconditioned L-BFGS needs the bonds of the structure");
        return new LbfgsOptimizer(options, precondition ? bondNeighbours : null).run(potential, startAngstrom, observer);
    }

    public OptimizationResult minimize(Potential potential, double[] startAngstrom) {
        return minimize(potential, startAngstrom, OptimizationObserver.NONE);
    }

    /** Minimizes starting from the structure's positions (the potential must be bound to it). */
    public OptimizationResult minimize(Potential potential, Structure start) {
        return minimize(potential, start, OptimizationObserver.NONE);
    }

    /** Searches for a first-order saddle point near the start with partitioned RFO. */
    public OptimizationResult transitionState(Potential potential, double[] startAngstrom, OptimizationObserver observer) {
        if (observer == null) observer = OptimizationObserver.NONE;
        return new RfoOptimizer(options, true).run(FiniteDifferenceModel.ensureHessian(potential), startAngstrom, observer);
    }

    public OptimizationResult transitionState(Potential potential, double[] startAngstrom) {
        return transitionState(potential, startAngstrom, OptimizationObserver.NONE);
    }

    /**
     * The 1-based {@link OptimizationOptions#transitionStateMode()} whose internal Hessian mode at x
     * overlaps most with direction (e.g. a reaction path's tangent), with the rigid-body treatment a
     * saddle search from x would use: so the search climbs along the path, not along whatever mode
     * happens to be softest.
     */
    public int modeAlong(Potential potential, double[] x, double[] direction) {
        int n3 = 3 * potential.atomCount();
        if (x.length != n3 || direction.length != n3) throw new IllegalArgumentException("expected " + n3 + " coordinates");
        CountingPotential p = new CountingPotential(FiniteDifferenceModel.ensureHessian(potential));
        double[] h = new double[n3 * n3];
        double e = p.evaluate(x, null, h);
        HessianModes modes = HessianModes.of(h, n3, RigidBodyModes.choose(options.rigidBody(), p, x, e).space(x));
        double norm = Math.max(Residuals.norm(direction), 1e-300);
        int best = 0;
        double bestOverlap = -1;
        for (int k = 0; k < modes.vectors.length; k++) {
            double o = Math.abs(Residuals.dot(modes.vectors[k], direction)) / norm;
            if (o > bestOverlap) {
                bestOverlap = o;
                best = k;
            }
        }
        return best + 1;
    }
}

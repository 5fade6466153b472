package dev.curvature.optimize;

import dev.curvature.model.FiniteDifferenceHessian;
import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;

/**
 * Entry point: geometry minimization and transition-state search for any {@link Potential}.
 * Stateless and immutable apart from its options; safe to share.
 *
 * <p>Minimization methods: {@link OptimizationMethod#LBFGS} ({@link LbfgsOptimizer}),
 * {@link OptimizationMethod#RFO} ({@link RfoOptimizer}, exact Hessian every step) and
 * {@link OptimizationMethod#AUTO}, which picks RFO when the potential has an analytic Hessian and
 * at most {@link OptimizationOptions#rfoMaxAtoms()} atoms, L-BFGS otherwise. Why 150: RFO
 * converges in a handful of steps but each costs a Hessian and an O((3N)³) eigendecomposition,
 * while L-BFGS needs many more but O(N) steps; see OptimizerCrossoverBenchmark for the measured
 * times on alkane chains.
 *
 * <p>Transition states: {@link #transitionState} runs partitioned RFO, maximizing along the
 * {@link OptimizationOptions#transitionStateMode()}-th lowest internal mode. A potential without
 * an analytic Hessian is wrapped in {@link FiniteDifferenceHessian} for RFO and TS searches.
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
        if (observer == null) observer = OptimizationObserver.NONE;
        return methodFor(potential) == OptimizationMethod.RFO
                ? new RfoOptimizer(options, false).run(FiniteDifferenceHessian.ensureHessian(potential), startAngstrom, observer)
                : new LbfgsOptimizer(options).run(potential, startAngstrom, observer);
    }

    public OptimizationResult minimize(Potential potential, double[] startAngstrom) {
        return minimize(potential, startAngstrom, OptimizationObserver.NONE);
    }

    /** Minimizes starting from the structure's positions (the potential must be bound to it). */
    public OptimizationResult minimize(Potential potential, Structure start) {
        return minimize(potential, start.positions(), OptimizationObserver.NONE);
    }

    /** Searches for a first-order saddle point near the start with partitioned RFO. */
    public OptimizationResult transitionState(Potential potential, double[] startAngstrom, OptimizationObserver observer) {
        if (observer == null) observer = OptimizationObserver.NONE;
        return new RfoOptimizer(options, true).run(FiniteDifferenceHessian.ensureHessian(potential), startAngstrom, observer);
    }

    public OptimizationResult transitionState(Potential potential, double[] startAngstrom) {
        return transitionState(potential, startAngstrom, OptimizationObserver.NONE);
    }
}

package dev.curvature.workflow;

import dev.curvature.model.Potential;
import dev.curvature.model.SequentialPotential;
import dev.curvature.optimize.OptimizationObserver;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.Optimizer;
import dev.curvature.structure.OverlappingAtomsException;
import dev.curvature.structure.Structure;

/**
 * The optimization job that {@code curvature optimize} and the plugin's "Optimize geometry" share:
 * a minimum, or with {@code transitionState} a first-order saddle point, from the structure's
 * geometry.
 */
public final class GeometryOptimization {
    private GeometryOptimization() {}

    /**
     * @param observer progress callback (may cancel), or null
     * @throws OverlappingAtomsException if two atoms overlap
     */
    public static OptimizationResult run(Potential potential, Structure start, OptimizationOptions options,
                                         boolean transitionState, OptimizationObserver observer) {
        return run(potential, start, options, transitionState, observer, null);
    }

    /**
     * As {@link #run(Potential, Structure, OptimizationOptions, boolean, OptimizationObserver)}, told
     * the force field's non-bonded cutoff (Å, null for all pairs): that decides whether a large
     * molecule's sparse Hessian fits, and so whether {@link LargeMoleculeMinimization} applies.
     */
    public static OptimizationResult run(Potential potential, Structure start, OptimizationOptions options,
                                         boolean transitionState, OptimizationObserver observer, Double cutoffAngstrom) {
        OverlappingAtomsException.check(start);
        if (!transitionState && LargeMoleculeMinimization.applies(potential, start, options, cutoffAngstrom))
            return LargeMoleculeMinimization.run(potential, start, options, observer);
        Optimizer optimizer = new Optimizer(options);
        Potential stepwise = SequentialPotential.of(potential); // an SCC model starts each step from the last
        return transitionState
                ? optimizer.transitionState(stepwise, start.positions(), observer)
                : optimizer.minimize(stepwise, start, observer);
    }
}

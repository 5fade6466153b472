package dev.curvature.workflow;

import dev.curvature.forcefield.SparseHessian;
import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationObserver;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.TruncatedNewtonOptimizer;
import dev.curvature.structure.Structure;

/**
 * Minimisation of a molecule too large for a dense Hessian (above {@link #MIN_ATOMS} atoms, where
 * L-BFGS loses the exact-Hessian preconditioner) with a molecular force field: L-BFGS, then
 * truncated Newton on the sparse analytic Hessian ({@link TruncatedNewtonOptimizer}). Only under
 * AUTO, and only when that Hessian fits in half of the memory the JVM may still use (with a
 * non-bonded cutoff it is O(N): ~130 MB for a 5 000-atom protein at 9 Å; all pairs grow as N²).
 */
final class LargeMoleculeMinimization {
    /** Smallest molecule handled here: where L-BFGS stops building the dense exact preconditioner. */
    static final int MIN_ATOMS = 1501;

    private LargeMoleculeMinimization() { }

    static boolean applies(Potential potential, Structure start, OptimizationOptions options, Double cutoffAngstrom) {
        if (options.method() != OptimizationMethod.AUTO || start.atomCount() < MIN_ATOMS) return false;
        if (start.isPeriodic() || start.bonds().isEmpty()) return false;
        if (!(potential instanceof TermPotential terms) || terms.terms().stream().anyMatch(Term::dependsOnCell)) return false;
        Runtime rt = Runtime.getRuntime();
        long may = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return LowestModesJob.sparseHessianBytes(start.atomCount(), cutoffAngstrom) < may / 2;
    }

    static OptimizationResult run(Potential potential, Structure start, OptimizationOptions options, OptimizationObserver observer) {
        TermPotential terms = (TermPotential) potential;
        return new TruncatedNewtonOptimizer(options).minimize(potential, start, x -> SparseHessian.of(terms, x), observer);
    }
}

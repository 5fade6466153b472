/**
 * Geometry optimization on any {@link dev.curvature.model.Potential}: minimization by L-BFGS or
 * by RFO on the exact Hessian, and first-order saddle-point (transition-state) search by
 * partitioned RFO / eigenvector following.
 *
 * <p>Entry point {@link dev.curvature.optimize.Optimizer}, configured by the immutable
 * {@link dev.curvature.optimize.OptimizationOptions}; results in
 * {@link dev.curvature.optimize.OptimizationResult}; progress and cancellation through
 * {@link dev.curvature.optimize.OptimizationObserver}. Units: Å, kcal/mol, kcal/mol/Å. Depends
 * only on {@code model}, {@code structure} and EJML; never prints.
 */
package dev.curvature.optimize;

package dev.curvature.optimize;

/** Which algorithm a minimization uses. */
public enum OptimizationMethod {
    /** RFO with the analytic Hessian for small systems, L-BFGS otherwise (see {@link OptimizationOptions#rfoMaxAtoms()} and {@link Optimizer}). */
    AUTO,
    /** Limited-memory BFGS with a strong-Wolfe line search: gradient only, memory O(m·N). */
    LBFGS,
    /** Rational function optimization on the exact Hessian at every step, with a trust radius. */
    RFO
}

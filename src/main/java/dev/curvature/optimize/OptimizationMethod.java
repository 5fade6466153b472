package dev.curvature.optimize;

/** Which algorithm a minimization uses. */
public enum OptimizationMethod {
    /** RFO with the analytic Hessian for small systems, ANC for models without a cheap Hessian, (preconditioned) L-BFGS otherwise (see {@link OptimizationOptions#rfoMaxAtoms()} and {@link Optimizer}). */
    AUTO,
    /** Limited-memory BFGS with a strong-Wolfe line search: gradient only, memory O(m·N). */
    LBFGS,
    /**
     * L-BFGS whose initial inverse Hessian is a sparse bonded model Hessian ({@link ModelHessian}):
     * needs the bond graph (minimizations that start from a {@link dev.curvature.structure.Structure});
     * AUTO uses it above {@link OptimizationOptions#rfoMaxAtoms()} atoms when bonds are known.
     */
    PRECONDITIONED_LBFGS,
    /** Rational function optimization on the exact Hessian at every step, with a trust radius. */
    RFO,
    /**
     * RFO in approximate normal coordinates of a Lindh model Hessian updated by BFGS
     * ({@link ApproximateNormalCoordinateOptimizer}): for models without a cheap Hessian; needs the
     * elements (minimizations that start from a {@link dev.curvature.structure.Structure}). On
     * request only ({@code --method anc}): see {@link Optimizer} for why AUTO does not pick it.
     */
    ANC
}

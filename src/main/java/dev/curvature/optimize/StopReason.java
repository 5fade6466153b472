package dev.curvature.optimize;

/** Why an optimization stopped. Only {@link #CONVERGED} means the criteria were met. */
public enum StopReason {
    CONVERGED,
    MAX_ITERATIONS,
    /** The observer asked to stop. */
    CANCELLED,
    /** L-BFGS: no step satisfying the Wolfe conditions was found, even along steepest descent. */
    LINE_SEARCH_FAILED,
    /** RFO / TS: steps kept failing until the trust radius fell below its minimum. */
    TRUST_RADIUS_TOO_SMALL,
    /**
     * TS search: the force and displacement criteria are met, but the projected Hessian there does
     * not have exactly one negative eigenvalue, so the point is not a first-order saddle.
     */
    WRONG_CURVATURE
}

package dev.curvature.xtb.scc;

/** The self-consistent charge cycle did not reach its tolerance within the iteration limit. */
public final class SccNotConvergedException extends IllegalStateException {
    public SccNotConvergedException(String message) {
        super(message);
    }
}

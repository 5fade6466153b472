package dev.curvature.optimize;

/**
 * Receives progress once per accepted point: the start (iteration 0) and after every accepted
 * step (a rejected RFO step is retried silently). Returning false cancels
 * the run: the optimizer stops at once and reports {@link StopReason#CANCELLED} with the current
 * point. Observers must not modify anything the optimizer owns; the library itself never prints.
 */
@FunctionalInterface
public interface OptimizationObserver {
    /** @return true to continue, false to stop the optimization */
    boolean onIteration(OptimizationProgress progress);

    OptimizationObserver NONE = p -> true;
}

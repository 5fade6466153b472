package dev.curvature.xtb.scc;

/**
 * Proposes the next input of a self-consistent cycle from the current input x and what the cycle
 * made of it (xOut). Stateful: one instance per SCC pass.
 */
public interface ChargeMixer {
    double[] next(double[] x, double[] xOut);
}

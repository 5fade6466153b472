package dev.curvature.xtb.scc;

/**
 * Simple (linear) mixing x + α·(x_out − x) for the first few iterations, then another mixer. A
 * small α lets charge sloshing between near-degenerate levels die down before a Broyden update
 * builds its Jacobian from the differences (large, erratic first differences are what make
 * Broyden diverge on stretched bonds); xtb's own simple mixing starts at α = 0.2 (damp0 in scf).
 */
public final class DampedStartMixer implements ChargeMixer {
    private final double alpha;
    private final int simpleSteps;
    private final ChargeMixer then;
    private int step;

    public DampedStartMixer(double alpha, int simpleSteps, ChargeMixer then) {
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("mixing fraction " + alpha + " not in (0, 1]");
        this.alpha = alpha;
        this.simpleSteps = simpleSteps;
        this.then = then;
    }

    @Override
    public double[] next(double[] x, double[] xOut) {
        if (step++ >= simpleSteps) return then.next(x, xOut);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i] + alpha * (xOut[i] - x[i]);
        return out;
    }
}

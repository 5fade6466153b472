package dev.curvature.model;

import java.util.Map;

/**
 * Adds a Hessian to any potential by central differences of its analytic gradient:
 * H[i][j] = (g_j(x + h e_i) - g_j(x - h e_i)) / 2h, then symmetrised. Error O(h²); with
 * h = 1e-4 Å (default) and double precision gradients, about 1e-6 relative. Costs 6N gradients.
 */
public final class FiniteDifferenceHessian extends MolecularPotential {
    public static final double DEFAULT_STEP_ANGSTROM = 1e-4;

    private final Potential inner;
    private final double step;

    public FiniteDifferenceHessian(Potential inner, double stepAngstrom) {
        this.inner = inner;
        this.step = stepAngstrom;
    }

    /** The potential itself if it has an analytic Hessian, else a finite-difference wrapper. */
    public static Potential ensureHessian(Potential p) {
        return p.hasAnalyticHessian() ? p : new FiniteDifferenceHessian(p, DEFAULT_STEP_ANGSTROM);
    }

    @Override public int atomCount() { return inner.atomCount(); }
    @Override public String modelName() { return inner.modelName(); }
    @Override protected boolean analyticHessian() { return true; }
    @Override public Map<String, Double> energyTerms(double[] x) { return inner.energyTerms(x); }

    @Override
    protected double energy(double[] x, double[] gradient, double[] hessian) {
        double e = inner.evaluate(x, gradient, null);
        if (hessian != null) hessianByDifferences(inner, x, step, hessian);
        return e;
    }

    /** Fills hessian (3N×3N row-major) by central differences of p's gradient with step h (Å). */
    public static void hessianByDifferences(Potential p, double[] x, double h, double[] hessian) {
        int n3 = x.length;
        double[] xp = x.clone();
        double[] gp = new double[n3], gm = new double[n3];
        for (int i = 0; i < n3; i++) {
            xp[i] = x[i] + h;
            p.evaluate(xp, gp, null);
            xp[i] = x[i] - h;
            p.evaluate(xp, gm, null);
            xp[i] = x[i];
            for (int j = 0; j < n3; j++) hessian[i * n3 + j] = (gp[j] - gm[j]) / (2 * h);
        }
        for (int i = 0; i < n3; i++)
            for (int j = i + 1; j < n3; j++) {
                double s = 0.5 * (hessian[i * n3 + j] + hessian[j * n3 + i]);
                hessian[i * n3 + j] = s;
                hessian[j * n3 + i] = s;
            }
    }
}

package dev.curvature.build.embed;

/**
 * A small L-BFGS minimiser with a backtracking (Armijo) line search for the dimensionless
 * embedding error functions, which have no units, no rigid-body projection and no convergence
 * report: they only need to get low fast. (Energies in kcal/mol go through
 * {@link dev.curvature.optimize.Optimizer}.)
 */
final class SimpleLbfgs {
    interface Function {
        /** Value at x; writes the gradient into grad (same length). */
        double value(double[] x, double[] grad);
    }

    private SimpleLbfgs() {}

    /**
     * Minimises f from x (overwritten) until the gradient's largest component is below gradTol,
     * the value below valueTol, or maxIterations; returns the final value.
     */
    static double minimize(Function f, double[] x, int maxIterations, double gradTol, double valueTol, double maxStep) {
        int dim = x.length, m = 8;
        double[][] s = new double[m][dim], y = new double[m][dim];
        double[] rho = new double[m], alpha = new double[m];
        double[] g = new double[dim], gNew = new double[dim], d = new double[dim], xNew = new double[dim];
        double fx = f.value(x, g);
        int stored = 0, newest = -1;
        for (int it = 0; it < maxIterations; it++) {
            if (fx <= valueTol || maxAbs(g) <= gradTol) break;
            // two-loop recursion
            System.arraycopy(g, 0, d, 0, dim);
            for (int k = 0; k < stored; k++) {
                int idx = Math.floorMod(newest - k, m);
                alpha[idx] = rho[idx] * dot(s[idx], d);
                axpy(-alpha[idx], y[idx], d);
            }
            if (stored > 0) {
                double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
                scale(gamma, d);
            }
            for (int k = stored - 1; k >= 0; k--) {
                int idx = Math.floorMod(newest - k, m);
                double beta = rho[idx] * dot(y[idx], d);
                axpy(alpha[idx] - beta, s[idx], d);
            }
            scale(-1, d);
            double slope = dot(d, g);
            if (slope >= 0) { // not a descent direction: restart along the gradient
                for (int i = 0; i < dim; i++) d[i] = -g[i];
                slope = dot(d, g);
                stored = 0;
            }
            double step = 1, longest = maxAbs(d);
            if (longest * step > maxStep) step = maxStep / longest;
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int ls = 0; ls < 30; ls++) {
                for (int i = 0; i < dim; i++) xNew[i] = x[i] + step * d[i];
                fNew = f.value(xNew, gNew);
                if (fNew <= fx + 1e-4 * step * slope) { accepted = true; break; }
                step *= 0.3;
            }
            if (!accepted) break;
            newest = (newest + 1) % m;
            double sy = 0;
            for (int i = 0; i < dim; i++) {
                s[newest][i] = xNew[i] - x[i];
                y[newest][i] = gNew[i] - g[i];
                sy += s[newest][i] * y[newest][i];
            }
            if (sy > 1e-12) {
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, m);
            } else { // no usable curvature: forget the history rather than keep inconsistent pairs
                stored = 0;
                newest = -1;
            }
            System.arraycopy(xNew, 0, x, 0, dim);
            System.arraycopy(gNew, 0, g, 0, dim);
            fx = fNew;
        }
        return fx;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += a * x[i];
    }

    private static void scale(double a, double[] x) {
        for (int i = 0; i < x.length; i++) x[i] *= a;
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v));
        return m;
    }
}

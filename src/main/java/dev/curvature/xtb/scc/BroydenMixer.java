package dev.curvature.xtb.scc;

import java.util.ArrayList;
import java.util.List;

/**
 * Modified Broyden mixing (D. D. Johnson, Phys. Rev. B 38, 12807 (1988)) of a self-consistent
 * vector, the scheme xtb uses for its charges: from the input x and the residual F = x_out − x
 * of each iteration it proposes the next input, x + αF corrected by the inverse-Jacobian
 * estimate built from the stored differences. w₀ = 0.01, damping α. Each stored difference is
 * weighted by Johnson's w = 0.01/|F| of the residual it was made with (clamped to [1, 10⁵], the
 * values xtb uses): near convergence the latest, smallest residuals dominate the least-squares fit
 * of the Jacobian, which roughly halves the iterations needed to reach tight charge tolerances
 * compared with unit weights.
 */
public final class BroydenMixer implements ChargeMixer {
    private final double alpha;
    private final int memory;
    private final double w0 = 0.01;
    private static final double WEIGHT_SCALE = 0.01, MIN_WEIGHT = 1, MAX_WEIGHT = 1e5;
    private final List<double[]> dF = new ArrayList<>(), dX = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private double[] lastX, lastF;

    public BroydenMixer(double alpha, int memory) {
        this.alpha = alpha;
        this.memory = memory;
    }

    /**
     * The stored differences of a finished SCC: its inverse-Jacobian estimate. Near the geometry
     * it was made at, the SCC map has nearly the same Jacobian, so a warm-started SCC that begins
     * with it converges like the tail of the old one instead of relearning from simple mixing.
     */
    public record History(List<double[]> dF, List<double[]> dX, List<Double> weights) {
        public History {
            dF = List.copyOf(dF);
            dX = List.copyOf(dX);
            weights = List.copyOf(weights);
        }
    }

    /** A mixer that starts from another SCC's differences (null: none). */
    public BroydenMixer(double alpha, int memory, History prior) {
        this(alpha, memory);
        if (prior != null) {
            int from = Math.max(0, prior.dF().size() - memory);
            dF.addAll(prior.dF().subList(from, prior.dF().size()));
            dX.addAll(prior.dX().subList(from, prior.dX().size()));
            weights.addAll(prior.weights().subList(from, prior.weights().size()));
        }
    }

    /** The differences stored so far (the arrays are never modified once stored). */
    public History history() { return new History(dF, dX, weights); }

    /** Next input vector from the current input x and the output xOut. */
    @Override
    public double[] next(double[] x, double[] xOut) {
        int n = x.length;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) f[i] = xOut[i] - x[i];
        if (lastX != null) {
            double[] df = new double[n], dx = new double[n];
            double norm = 0;
            for (int i = 0; i < n; i++) {
                df[i] = f[i] - lastF[i];
                norm += df[i] * df[i];
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int i = 0; i < n; i++) {
                    df[i] /= norm;
                    dx[i] = (x[i] - lastX[i]) / norm;
                }
                dF.add(df);
                dX.add(dx);
                weights.add(weight(f));
                if (dF.size() > memory) {
                    dF.remove(0);
                    dX.remove(0);
                    weights.remove(0);
                }
            }
        }
        lastX = x.clone();
        lastF = f.clone();
        int m = dF.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = x[i] + alpha * f[i];
        if (m == 0) return out;
        double[][] a = new double[m][m];
        double[] c = new double[m];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) w[i] = weights.get(i);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) a[i][j] = a[j][i] = w[i] * w[j] * dot(dF.get(i), dF.get(j));
            a[i][i] += w0 * w0;
            c[i] = w[i] * dot(dF.get(i), f);
        }
        double[] gamma = solve(a, c);
        for (int l = 0; l < m; l++) {
            double[] df = dF.get(l), dx = dX.get(l);
            double g = w[l] * gamma[l];
            for (int i = 0; i < n; i++) out[i] -= g * (alpha * df[i] + dx[i]);
        }
        return out;
    }

    /** Johnson's weight of a residual: large when it is small, so recent differences dominate. */
    private static double weight(double[] f) {
        double norm = Math.sqrt(dot(f, f));
        double w = norm > WEIGHT_SCALE / MAX_WEIGHT ? WEIGHT_SCALE / norm : MAX_WEIGHT;
        return Math.max(w, MIN_WEIGHT);
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) s += u[i] * v[i];
        return s;
    }

    /** Gaussian elimination with partial pivoting of a small dense system. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) m[i] = a[i].clone();
        double[] x = b.clone();
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (Math.abs(m[i][k]) > Math.abs(m[p][k])) p = i;
            double[] t = m[k]; m[k] = m[p]; m[p] = t;
            double tt = x[k]; x[k] = x[p]; x[p] = tt;
            for (int i = k + 1; i < n; i++) {
                double f = m[i][k] / m[k][k];
                for (int j = k; j < n; j++) m[i][j] -= f * m[k][j];
                x[i] -= f * x[k];
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double s = x[k];
            for (int j = k + 1; j < n; j++) s -= m[k][j] * x[j];
            x[k] = s / m[k][k];
        }
        return x;
    }
}

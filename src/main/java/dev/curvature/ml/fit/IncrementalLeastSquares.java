package dev.curvature.ml.fit;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import java.util.Arrays;

/**
 * Weighted linear least squares min ‖A θ − b‖² + λ‖D θ‖² over many rows, without ever holding A:
 * rows arrive in blocks and are folded into the triangular factor R of [A | b] by Householder QR
 * (TSQR), so memory is O(P²) however many frames there are, and the normal equations (which square
 * the condition number) are never formed. The solve scales every column to unit norm (D), then
 * uses the SVD of the scaled R with Tikhonov damping λ relative to the largest singular value
 * squared, and reports the condition number of the scaled design.
 */
public final class IncrementalLeastSquares {
    private final int p;
    private final int blockRows;
    private double[] r;          // (p+1)×(p+1) upper-triangular factor of [A | b], row-major
    private boolean haveR;
    private final double[] block;
    private int pending;
    private long rows;

    /** Result of {@link #solve}: parameters, condition numbers, and the weighted residual norm. */
    public record Solution(double[] theta, double condition, double conditionWithRidge, int rank, double residualNorm) {}

    public IncrementalLeastSquares(int parameters) {
        p = parameters;
        blockRows = Math.max(4 * (p + 1), 512);
        r = new double[(p + 1) * (p + 1)];
        block = new double[blockRows * (p + 1)];
    }

    public int parameters() { return p; }

    public long rows() { return rows; }

    /** Adds one row: coefficients a (length p, read now) and target y. */
    public void addRow(double[] a, double y) {
        int o = pending * (p + 1);
        System.arraycopy(a, 0, block, o, p);
        block[o + p] = y;
        pending++;
        rows++;
        if (pending == blockRows) flush();
    }

    private void flush() {
        if (pending == 0) return;
        int n = p + 1, top = haveR ? n : 0, m = top + pending;
        double[] a = new double[m * n];
        if (haveR) System.arraycopy(r, 0, a, 0, n * n);
        System.arraycopy(block, 0, a, top * n, pending * n);
        householder(a, m, n);
        Arrays.fill(r, 0.0);
        System.arraycopy(a, 0, r, 0, Math.min(m, n) * n);
        for (int i = 1; i < n; i++) for (int j = 0; j < Math.min(i, n); j++) r[i * n + j] = 0;
        haveR = true;
        pending = 0;
    }

    /**
     * In-place Householder triangularisation of the row-major m×n matrix a (only R is kept: its
     * upper triangle in the first n rows). Columns that are already zero below the diagonal are
     * skipped, so an all-zero column (a feature the data never shows) is harmless.
     */
    private static void householder(double[] a, int m, int n) {
        double[] v = new double[m];
        for (int k = 0; k < Math.min(m, n); k++) {
            double norm = 0;
            for (int i = k; i < m; i++) norm += a[i * n + k] * a[i * n + k];
            norm = Math.sqrt(norm);
            if (norm == 0) continue;
            double alpha = a[k * n + k] > 0 ? -norm : norm;
            double vnorm2 = 0;
            for (int i = k; i < m; i++) { v[i] = a[i * n + k]; }
            v[k] -= alpha;
            for (int i = k; i < m; i++) vnorm2 += v[i] * v[i];
            if (vnorm2 == 0) continue;
            for (int j = k; j < n; j++) {
                double dot = 0;
                for (int i = k; i < m; i++) dot += v[i] * a[i * n + j];
                double f = 2 * dot / vnorm2;
                if (f == 0) continue;
                for (int i = k; i < m; i++) a[i * n + j] -= f * v[i];
            }
        }
    }

    /**
     * Solves with relative ridge (λ = ridge · σ_max² of the column-scaled design); parameters
     * whose column is entirely zero (an element pair the data never shows) are set to zero.
     */
    public Solution solve(double ridge) {
        flush();
        int n = p + 1;
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i <= j; i++) s += r[i * n + j] * r[i * n + j];
            scale[j] = Math.sqrt(s);
        }
        double[] z = new double[p];
        for (int i = 0; i < p; i++) z[i] = r[i * n + p];
        double residual0 = Math.abs(r[p * n + p]);
        DMatrixRMaj rs = new DMatrixRMaj(p, p);
        for (int i = 0; i < p; i++)
            for (int j = i; j < p; j++) rs.set(i, j, scale[j] > 0 ? r[i * n + j] / scale[j] : 0);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(p, p, true, true, false);
        if (!svd.decompose(rs)) throw new IllegalStateException("SVD of the scaled design failed");
        double[] sv = svd.getSingularValues();
        DMatrixRMaj u = svd.getU(null, false), v = svd.getV(null, false);
        double smax = 0;
        for (double s : sv) smax = Math.max(smax, s);
        double lambda = ridge * smax * smax;
        double smin = Double.POSITIVE_INFINITY;
        int rank = 0;
        double[] y = new double[p];
        for (int k = 0; k < sv.length; k++) {
            double s = sv[k];
            if (s > 1e-14 * smax) { rank++; smin = Math.min(smin, s); }
            else continue;
            double uz = 0;
            for (int i = 0; i < p; i++) uz += u.get(i, k) * z[i];
            double f = s / (s * s + lambda) * uz;
            for (int j = 0; j < p; j++) y[j] += v.get(j, k) * f;
        }
        double[] theta = new double[p];
        for (int j = 0; j < p; j++) theta[j] = scale[j] > 0 ? y[j] / scale[j] : 0;
        // residual: ‖R θ − z‖² plus what no θ can fit
        double res = residual0 * residual0;
        for (int i = 0; i < p; i++) {
            double s = -z[i];
            for (int j = i; j < p; j++) s += r[i * n + j] * theta[j];
            res += s * s;
        }
        double cond = smin == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : smax / smin;
        double condRidge = Math.sqrt((smax * smax + lambda) / (smin * smin + lambda));
        return new Solution(theta, cond, condRidge, rank, Math.sqrt(res));
    }
}

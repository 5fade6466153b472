package dev.curvature.optimize;

import dev.curvature.linalg.RigidBodySpace;
import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolvers;

import java.util.Arrays;

/**
 * Eigenvalues and eigenvectors of a Cartesian Hessian restricted to internal motions: the rigid
 * body space is projected out and shifted away (see {@link RigidBodySpace#projectHessian}), the
 * symmetric matrix is diagonalised by {@link SymmetricEigenSolvers} (EJML when small, LAPACK dsyevd
 * when large: at 150 atoms EJML alone took 0.25 s per RFO step), and the rigid eigenvectors are
 * dropped. Values are in ascending order.
 */
final class HessianModes {
    final double[] values;
    final double[][] vectors;

    private HessianModes(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    static HessianModes of(double[] hessian, int n, RigidBodySpace rigidSpace) {
        double[] h = hessian.clone();
        double maxRow = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += Math.abs(h[i * n + j]);
            maxRow = Math.max(maxRow, s);
        }
        // strictly above every eigenvalue of PHP (Gershgorin bound of H, which bounds PHP too)
        double shift = 2 * maxRow + 1;
        rigidSpace.projectHessian(h, shift);
        SymmetricEigenDecomposition eig = SymmetricEigenSolvers.decompose(h, n); // ascending
        int kept = 0;
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int idx = 0; idx < n; idx++) {
            double[] v = eig.vector(idx);
            double norm = Residuals.norm(v);
            for (int i = 0; i < n; i++) v[i] /= norm;
            if (rigidSpace.rigidWeight(v) > 0.5) continue;
            values[kept] = eig.value(idx);
            vectors[kept++] = v;
        }
        if (kept != n - rigidSpace.dimension())
            throw new IllegalStateException("rigid-body modes did not separate: kept " + kept + " of " + n + " with "
                    + rigidSpace.dimension() + " projected");
        return new HessianModes(Arrays.copyOf(values, kept), Arrays.copyOf(vectors, kept));
    }

    /** Number of eigenvalues below −1e-6 times the largest magnitude (and below −1e-8 absolutely). */
    int negativeCount() {
        double scale = 0;
        for (double v : values) scale = Math.max(scale, Math.abs(v));
        int c = 0;
        for (double v : values) if (v < -Math.max(1e-6 * scale, 1e-8)) c++;
        return c;
    }

    /** Components of v along each mode. */
    double[] components(double[] v) {
        double[] c = new double[values.length];
        for (int k = 0; k < values.length; k++) c[k] = Residuals.dot(vectors[k], v);
        return c;
    }

    /** Σ_k c_k v_k as a 3N vector. */
    double[] combine(double[] coefficients, int n) {
        double[] out = new double[n];
        for (int k = 0; k < coefficients.length; k++) {
            double c = coefficients[k];
            if (c == 0) continue;
            double[] v = vectors[k];
            for (int i = 0; i < n; i++) out[i] += c * v[i];
        }
        return out;
    }
}

package dev.curvature.xtb.scc;

import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolver;
import dev.curvature.linalg.SymmetricEigenSolvers;

/**
 * H C = S C ε for one overlap matrix S and many Hamiltonians H (one per SCC iteration): S = L Lᵀ
 * is factorized once per geometry, each H is reduced to the standard problem L⁻¹ H L⁻ᵀ, solved by
 * the symmetric eigensolver, and the eigenvectors are transformed back with L⁻ᵀ. The triangular
 * factors make the reduction cost about ⅔ n³ multiply-adds instead of the 2 n³ of two full matrix
 * products. Matrices are dense n × n row-major; not thread-safe (one per calculation).
 */
final class GeneralizedEigenproblem {
    private final int n;
    /** L⁻¹ (lower triangle; upper zero) and its transpose, row-major, for contiguous inner loops. */
    private final double[] linv, linvT;
    private final double[] t, a;

    GeneralizedEigenproblem(double[] s, int n) {
        this.n = n;
        double[] l = cholesky(s, n);
        linv = lowerInverse(l, n);
        linvT = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++) linvT[j * n + i] = linv[i * n + j];
        t = new double[n * n];
        a = new double[n * n];
    }

    private SymmetricEigenDecomposition last;

    /** Reduces H to the standard problem and solves it; eigenvalues ascending into eps. */
    void solve(double[] h, double[] eps) {
        // T = L⁻¹ H
        java.util.Arrays.fill(t, 0);
        for (int i = 0; i < n; i++) {
            int ti = i * n;
            for (int k = 0; k <= i; k++) {
                double lik = linv[i * n + k];
                if (lik == 0) continue;
                int hk = k * n;
                for (int j = 0; j < n; j++) t[ti + j] += lik * h[hk + j];
            }
        }
        // A = T L⁻ᵀ, lower half, mirrored
        for (int i = 0; i < n; i++) {
            int ti = i * n;
            for (int j = 0; j <= i; j++) {
                int lj = j * n;
                double v = 0;
                for (int k = 0; k <= j; k++) v += t[ti + k] * linv[lj + k];
                a[ti + j] = v;
                a[j * n + i] = v;
            }
        }
        last = solver(n).decompose(a, n);
        for (int k = 0; k < n; k++) eps[k] = last.value(k);
    }

    /**
     * The first {@code count} eigenvectors of the last {@link #solve} (S-orthonormal AO
     * coefficients) into c, orbital k at c[k·n .. k·n + n).
     */
    void vectors(double[] c, int count) {
        // C_k = L⁻ᵀ v_k: c_i = Σ_{m≥i} (L⁻¹)_mi v_m
        double[] v = new double[n];
        for (int k = 0; k < count; k++) {
            for (int m = 0; m < n; m++) v[m] = last.component(k, m);
            int ck = k * n;
            for (int i = 0; i < n; i++) {
                int li = i * n;
                double x = 0;
                for (int m = i; m < n; m++) x += linvT[li + m] * v[m];
                c[ck + i] = x;
            }
        }
    }

    /**
     * An SCC decomposes the same-size matrix 10–30 times per geometry and a frequency job hundreds
     * of times, so LAPACK's one-off native load (~1 s) pays for itself from small sizes on, unlike
     * the single decompositions {@link SymmetricEigenSolvers#forSize} is tuned for; EJML keeps the
     * tiny molecules (where it is as fast) free of the load.
     */
    static final int LAPACK_FROM_SIZE = 40;

    private static SymmetricEigenSolver solver(int n) {
        return n >= LAPACK_FROM_SIZE ? SymmetricEigenSolvers.lapackOrFallback() : SymmetricEigenSolvers.ejml();
    }

    /** Lower Cholesky factor of a symmetric positive definite matrix. */
    private static double[] cholesky(double[] s, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            int li = i * n;
            for (int j = 0; j <= i; j++) {
                int lj = j * n;
                double v = s[li + j];
                for (int k = 0; k < j; k++) v -= l[li + k] * l[lj + k];
                if (i == j) {
                    if (!(v > 1e-12)) throw new ArithmeticException("GFN2-xTB overlap matrix is singular (atoms on top of each other?)");
                    l[li + i] = Math.sqrt(v);
                } else {
                    l[li + j] = v / l[lj + j];
                }
            }
        }
        return l;
    }

    /** Inverse of a lower-triangular matrix by forward substitution, column by column. */
    private static double[] lowerInverse(double[] l, int n) {
        double[] x = new double[n * n];
        for (int j = 0; j < n; j++) {
            x[j * n + j] = 1 / l[j * n + j];
            for (int i = j + 1; i < n; i++) {
                int li = i * n;
                double v = 0;
                for (int k = j; k < i; k++) v -= l[li + k] * x[k * n + j];
                x[li + j] = v / l[li + i];
            }
        }
        return x;
    }
}

package dev.curvature.xtb.scc;

import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolvers;
import org.bytedeco.openblas.global.openblas;

/**
 * H C = S C ε for one overlap matrix S and many Hamiltonians H (one per SCC iteration): S = L Lᵀ
 * is factorized once per geometry, each H is reduced to the standard problem L⁻¹ H L⁻ᵀ, solved by
 * the symmetric eigensolver, and the eigenvectors are transformed back with L⁻ᵀ. The triangular
 * factors make the reduction cost about ⅔ n³ multiply-adds instead of the 2 n³ of two full matrix
 * products. From {@link #LAPACK_FROM_SIZE} functions on (when the native library loads) all of
 * it runs in LAPACK/BLAS: dpotrf once, then dsygst, dsyevd, dtrsm for the occupied vectors and
 * dgemm for the densities. Matrices are dense n × n row-major; not thread-safe (one per calculation).
 */
final class GeneralizedEigenproblem {
    private final int n;
    /** L⁻¹ (lower triangle; upper zero) and its transpose, row-major, for contiguous inner loops. */
    private final double[] linv, linvT;
    private final double[] t, a;

    /** Native path: Cholesky factor from dpotrf (lower), eigenvectors of the last solve by column. */
    private final boolean lapack;
    private final double[] factor, columns;

    GeneralizedEigenproblem(double[] s, int n) {
        this.n = n;
        lapack = n >= LAPACK_FROM_SIZE && SymmetricEigenSolvers.lapackAvailable();
        if (lapack) {
            factor = s.clone();
            int info = openblas.LAPACKE_dpotrf(openblas.LAPACK_ROW_MAJOR, (byte) 'L', n, factor, n);
            if (info != 0) throw new ArithmeticException("GFN2-xTB overlap matrix is singular (atoms on top of each other?)");
            columns = new double[n * n];
            linv = linvT = t = a = null;
            return;
        }
        factor = columns = null;
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
        if (lapack) {
            System.arraycopy(h, 0, columns, 0, n * n);
            int info = openblas.LAPACKE_dsygst(openblas.LAPACK_ROW_MAJOR, 1, (byte) 'L', n, columns, n, factor, n);
            if (info == 0) info = openblas.LAPACKE_dsyevd(openblas.LAPACK_ROW_MAJOR, (byte) 'V', (byte) 'L', n, columns, n, eps);
            if (info != 0) throw new ArithmeticException("LAPACK failed on the " + n + "×" + n + " GFN2-xTB eigenproblem (info " + info + ")");
            return;
        }
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
        last = SymmetricEigenSolvers.ejml().decompose(a, n);
        for (int k = 0; k < n; k++) eps[k] = last.value(k);
    }

    /**
     * The first {@code count} eigenvectors of the last {@link #solve} (S-orthonormal AO
     * coefficients) into c, orbital k at c[k·n .. k·n + n).
     */
    void vectors(double[] c, int count) {
        if (lapack) {
            if (count == 0) return;
            // columns ← L⁻ᵀ V for the first count columns, then orbital k to row k of c
            openblas.cblas_dtrsm(openblas.CblasRowMajor, openblas.CblasLeft, openblas.CblasLower, openblas.CblasTrans,
                    openblas.CblasNonUnit, n, count, 1.0, factor, n, columns, n);
            for (int i = 0; i < n; i++)
                for (int k = 0; k < count; k++) c[k * n + i] = columns[i * n + k];
            return;
        }
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

    /** P = Σ_k w_k c_k c_kᵀ over the first {@code count} orbitals of c (rows); scratch holds count·n. */
    void density(double[] c, double[] w, int count, double[] p, double[] scratch) {
        if (lapack && count > 0) {
            for (int k = 0; k < count; k++)
                for (int i = 0; i < n; i++) scratch[k * n + i] = w[k] * c[k * n + i];
            openblas.cblas_dgemm(openblas.CblasRowMajor, openblas.CblasTrans, openblas.CblasNoTrans, n, n, count,
                    1.0, c, n, scratch, n, 0.0, p, n);
            for (int i = 0; i < n; i++) // exact symmetry (round-off of the two halves differs)
                for (int j = 0; j < i; j++) p[j * n + i] = p[i * n + j];
            return;
        }
        java.util.Arrays.fill(p, 0);
        for (int k = 0; k < count; k++) {
            double wk = w[k];
            if (wk == 0) continue;
            int ck = k * n;
            for (int i = 0; i < n; i++) {
                double ci = wk * c[ck + i];
                if (ci == 0) continue;
                int pi = i * n;
                for (int j = 0; j <= i; j++) p[pi + j] += ci * c[ck + j];
            }
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++) p[j * n + i] = p[i * n + j];
    }

    /**
     * An SCC solves the same-size problem 10–30 times per geometry and a frequency job hundreds of
     * times, so LAPACK's one-off native load (~1 s) pays for itself from small sizes on, unlike the
     * single decompositions {@link SymmetricEigenSolvers#forSize} is tuned for; the tiny molecules
     * (where Java is as fast) stay free of the load.
     */
    static final int LAPACK_FROM_SIZE = 40;

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

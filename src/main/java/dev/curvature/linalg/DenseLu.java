package dev.curvature.linalg;

import org.bytedeco.openblas.global.openblas;

/**
 * LU factorization with partial pivoting of a dense square matrix by LAPACK dgetrf (OpenBLAS through
 * bytedeco, single-threaded like {@link SymmetricEigenSolvers}), for the systems large enough that
 * the native library pays for its loading: the QEq equilibration of 1 060 atoms (7 factorizations of
 * order 1 061 and one inverse) fell from 8.6 s CPU with EJML to 3.3–4.8 s, most of the rest being
 * the hardness matrix (QeqStages, BENCHMARKS "Dense freq of 1 000 atoms, round 2"). The factor stays
 * in a Java array; each call copies it to native memory and back (n² doubles, negligible next to
 * the 2n³/3 flops).
 */
public final class DenseLu {
    /** Orders from which callers with a pure-Java fallback should use this class (as for the eigensolver). */
    public static final int NATIVE_CROSSOVER_SIZE = SymmetricEigenSolvers.LAPACK_CROSSOVER_SIZE;

    private final int n;
    private final double[] factor; // column-major LU of the matrix
    private final int[] pivots;

    private DenseLu(int n, double[] factor, int[] pivots) {
        this.n = n;
        this.factor = factor;
        this.pivots = pivots;
    }

    /** Whether the native library is there (else {@link #factor} cannot be used). */
    public static boolean available() { return SymmetricEigenSolvers.lapackAvailable(); }

    /**
     * Factors the n×n row-major matrix a (not modified).
     *
     * @return the factor, or null if a is exactly singular (a zero pivot)
     * @throws IllegalStateException if the native library is not available
     */
    public static DenseLu factor(double[] a, int n) {
        if (a.length != n * n) throw new IllegalArgumentException("matrix of size " + n + " needs " + n * n + " elements, got " + a.length);
        if (!available()) throw new IllegalStateException("native LAPACK is not available on this platform");
        double[] f = new double[n * n];
        for (int i = 0; i < n; i++) // row-major → column-major
            for (int j = 0; j < n; j++) f[j * n + i] = a[i * n + j];
        int[] ipiv = new int[n];
        int info = openblas.LAPACKE_dgetrf(openblas.LAPACK_COL_MAJOR, n, n, f, n, ipiv);
        if (info < 0) throw new IllegalArgumentException("LAPACK dgetrf: argument " + (-info) + " was invalid");
        return info > 0 ? null : new DenseLu(n, f, ipiv);
    }

    public int size() { return n; }

    /** out = A⁻¹·b (b and out may be the same array). */
    public void solve(double[] b, double[] out) {
        double[] x = b.clone();
        int info = openblas.LAPACKE_dgetrs(openblas.LAPACK_COL_MAJOR, (byte) 'N', n, 1, factor, n, pivots, x, n);
        if (info != 0) throw new IllegalStateException("LAPACK dgetrs failed (info " + info + ")");
        System.arraycopy(x, 0, out, 0, n);
    }

    /** A⁻¹ as an n×n row-major array (dgetri). */
    public double[] inverse() {
        double[] inv = factor.clone();
        int info = openblas.LAPACKE_dgetri(openblas.LAPACK_COL_MAJOR, n, inv, n, pivots);
        if (info != 0) throw new ArithmeticException("LAPACK dgetri: matrix is singular (info " + info + ")");
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) out[i * n + j] = inv[j * n + i];
        return out;
    }
}

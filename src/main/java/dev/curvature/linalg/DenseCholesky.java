package dev.curvature.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Cholesky factor A = L·Lᵀ of a dense symmetric positive-definite matrix by LAPACK dpotrf
 * (OpenBLAS through bytedeco, single-threaded like {@link SymmetricEigenSolvers}), kept in native
 * memory so each {@link #solve} (two triangular solves, 2n² flops) copies only the vector. For a
 * Hessian of 1 000 atoms (n = 3 000) the factorization is n³/3 ≈ 9·10⁹ flops, a fraction of a
 * second, against several seconds for the eigendecomposition of the same matrix.
 * Release the native memory with {@link #close()}.
 */
public final class DenseCholesky implements AutoCloseable {
    private final int n;
    private DoublePointer factor;
    private final DoublePointer rhs;

    private DenseCholesky(int n, DoublePointer factor) {
        this.n = n;
        this.factor = factor;
        this.rhs = new DoublePointer(n);
    }

    /** Whether the native library is there (else {@link #factor} cannot be used). */
    public static boolean available() { return SymmetricEigenSolvers.lapackAvailable(); }

    /**
     * Factors the n×n row-major symmetric matrix a (only its upper triangle in row-major order,
     * i.e. the lower in LAPACK's column-major view, is read).
     *
     * @return the factor, or null if a is not numerically positive definite
     * @throws IllegalStateException if the native library is not available
     */
    public static DenseCholesky factor(double[] a, int n) {
        if (a.length != n * n) throw new IllegalArgumentException("matrix of size " + n + " needs " + n * n + " elements, got " + a.length);
        if (!available()) throw new IllegalStateException("native LAPACK is not available on this platform");
        DoublePointer m = new DoublePointer((long) n * n);
        m.put(a, 0, n * n);
        int info = openblas.LAPACKE_dpotrf(openblas.LAPACK_COL_MAJOR, (byte) 'L', n, m, n);
        if (info != 0) {
            m.close();
            if (info > 0) return null;
            throw new IllegalArgumentException("LAPACK dpotrf: argument " + (-info) + " was invalid");
        }
        return new DenseCholesky(n, m);
    }

    public int size() { return n; }

    /** out = A⁻¹·b (b and out may be the same array). */
    public void solve(double[] b, double[] out) {
        if (factor == null) throw new IllegalStateException("closed");
        rhs.put(b, 0, n);
        int info = openblas.LAPACKE_dpotrs(openblas.LAPACK_COL_MAJOR, (byte) 'L', n, 1, factor, n, rhs, n);
        if (info != 0) throw new IllegalStateException("LAPACK dpotrs failed (info " + info + ")");
        rhs.get(out, 0, n);
    }

    @Override
    public void close() {
        if (factor != null) {
            factor.close();
            rhs.close();
            factor = null;
        }
    }
}

package dev.curvature.linalg;

/**
 * Full eigendecomposition of a real symmetric matrix. Implementations differ only in speed; all
 * return eigenvalues in ascending order with orthonormal eigenvectors.
 */
public interface SymmetricEigenSolver {

    /** Short name of the backend, e.g. "EJML" or "LAPACK dsyevd (OpenBLAS)". */
    String name();

    /**
     * Decomposes the symmetric n×n matrix {@code a} (row-major, length n²; only symmetric input is
     * meaningful, the matrix is not checked). The input array is not modified.
     *
     * @throws ArithmeticException if the backend fails to converge
     */
    SymmetricEigenDecomposition decompose(double[] a, int n);
}

package dev.curvature.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Native backend: LAPACK dsyevd (divide and conquer) from OpenBLAS through bytedeco. Construct it
 * only through {@link SymmetricEigenSolvers}, which checks that the native library loads.
 */
public final class LapackSymmetricEigenSolver implements SymmetricEigenSolver {

    LapackSymmetricEigenSolver() {}

    @Override public String name() { return "LAPACK dsyevd (OpenBLAS)"; }

    @Override
    public SymmetricEigenDecomposition decompose(double[] a, int n) {
        if (a.length != n * n) throw new IllegalArgumentException("matrix of size " + n + " needs " + n * n + " elements, got " + a.length);
        if (n == 0) return new SymmetricEigenDecomposition(0, new double[0], new double[0]);
        // A symmetric matrix reads the same in row- and column-major order; asking for column-major
        // output makes column k (eigenvector k) contiguous, which is our layout.
        // The matrix goes to native memory once and the vectors come back once (the double[] overload
        // would add a Java clone and two JNI array copies: at n = 3 000 each is 72 MB).
        double[] work = new double[n * n];
        double[] w = new double[n];
        try (DoublePointer m = new DoublePointer((long) n * n); DoublePointer values = new DoublePointer(n)) {
            m.put(a, 0, n * n);
            int info = openblas.LAPACKE_dsyevd(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', n, m, n, values);
            if (info != 0) throw new ArithmeticException("LAPACK dsyevd failed on a " + n + "×" + n + " matrix (info " + info + ")");
            m.get(work, 0, n * n);
            values.get(w, 0, n);
        }
        // dsyevd returns ascending values and orthonormal vectors already; sorting is a no-op guard.
        return SymmetricEigenDecomposition.sortedNormalised(n, w, work);
    }
}

package dev.curvature.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Pure-Java backend (EJML's symmetric QR algorithm): no native code, fastest for small matrices. */
public final class EjmlSymmetricEigenSolver implements SymmetricEigenSolver {

    @Override public String name() { return "EJML"; }

    @Override
    public SymmetricEigenDecomposition decompose(double[] a, int n) {
        if (a.length != n * n) throw new IllegalArgumentException("matrix of size " + n + " needs " + n * n + " elements, got " + a.length);
        if (n == 0) return new SymmetricEigenDecomposition(0, new double[0], new double[0]);
        DMatrixRMaj m = new DMatrixRMaj(n, n, true, a.clone());
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) throw new ArithmeticException("EJML symmetric eigendecomposition of a " + n + "×" + n + " matrix did not converge");
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
            DMatrixRMaj v = eig.getEigenVector(k);
            System.arraycopy(v.data, 0, vectors, k * n, n);
        }
        return SymmetricEigenDecomposition.sortedNormalised(n, values, vectors);
    }
}

package dev.curvature.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Optimal rigid superposition (Kabsch, Acta Cryst. A32, 922 (1976)): the proper rotation and
 * translation that move one set of points onto another with the least squared deviation.
 */
public final class Superposition {
    private Superposition() {}

    /** b moved as a rigid body onto a, fitted on all atoms (a and b: 3N coordinates, same atom order). */
    public static double[] onto(double[] a, double[] b) {
        if (a.length != b.length || a.length % 3 != 0) throw new IllegalArgumentException("coordinate arrays differ in length");
        int[] all = new int[a.length / 3];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return onto(a, b, all, all);
    }

    /**
     * b moved as a rigid body onto a, the fit made on the pairs (a[atoms[p]], b[match[p]]); every
     * atom of b is moved.
     */
    public static double[] onto(double[] a, double[] b, int[] atoms, int[] match) {
        double[] ca = centroid(a, atoms), cb = centroid(b, match);
        DMatrixRMaj h = new DMatrixRMaj(3, 3);
        for (int p = 0; p < atoms.length; p++)
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 3; c++)
                    h.add(r, c, (b[3 * match[p] + r] - cb[r]) * (a[3 * atoms[p] + c] - ca[c]));
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(3, 3, true, true, false);
        svd.decompose(h.copy());
        DMatrixRMaj u = svd.getU(null, false), v = svd.getV(null, false);
        DMatrixRMaj rot = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.multTransB(v, u, rot); // R = V Uᵀ maps b onto a
        if (CommonOps_DDRM.det(rot) < 0) { // a reflection fits better: take the best proper rotation
            for (int r = 0; r < 3; r++) v.set(r, 2, -v.get(r, 2));
            CommonOps_DDRM.multTransB(v, u, rot);
        }
        double[] out = new double[b.length];
        for (int i = 0; i < b.length / 3; i++)
            for (int r = 0; r < 3; r++) {
                double sum = 0;
                for (int c = 0; c < 3; c++) sum += rot.get(r, c) * (b[3 * i + c] - cb[c]);
                out[3 * i + r] = sum + ca[r];
            }
        return out;
    }

    private static double[] centroid(double[] x, int[] atoms) {
        double[] c = new double[3];
        for (int a : atoms) for (int r = 0; r < 3; r++) c[r] += x[3 * a + r] / atoms.length;
        return c;
    }
}

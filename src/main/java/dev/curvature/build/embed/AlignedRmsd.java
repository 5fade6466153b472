package dev.curvature.build.embed;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * RMSD after optimal superposition (Kabsch: the singular values of the 3×3 covariance, with the
 * reflection excluded), over a chosen subset of atoms. Symmetry: atoms in the same class
 * (topologically equivalent, e.g. the two O of a carboxylate or the ortho carbons of a phenyl)
 * may be matched to each other; the best assignment is found greedily after superposition and
 * the superposition redone, twice.
 */
final class AlignedRmsd {
    private AlignedRmsd() {}

    /**
     * @param atoms   the atoms compared (e.g. the heavy atoms)
     * @param classes symmetry class of every atom (equal = interchangeable), or null for none
     */
    static double rmsd(double[] a, double[] b, int[] atoms, int[] classes) {
        int[] match = atoms.clone();
        double best = kabsch(a, b, atoms, match);
        if (classes == null) return best;
        for (int round = 0; round < 2; round++) {
            double[] bAligned = dev.curvature.linalg.Superposition.onto(a, b, atoms, match);
            int[] improved = match.clone();
            boolean changed = false;
            boolean[] used = new boolean[atoms.length];
            for (int p = 0; p < atoms.length; p++) {
                int i = atoms[p];
                int choice = -1;
                double dBest = Double.MAX_VALUE;
                for (int q = 0; q < atoms.length; q++) {
                    int j = atoms[q];
                    if (used[q] || classes[j] != classes[i]) continue;
                    double d = sq(a, i, bAligned, j);
                    if (d < dBest) { dBest = d; choice = q; }
                }
                used[choice] = true;
                improved[p] = atoms[choice];
                changed |= improved[p] != match[p];
            }
            if (!changed) break;
            double r = kabsch(a, b, atoms, improved);
            if (r >= best) break;
            best = r;
            match = improved;
        }
        return best;
    }

    private static double sq(double[] a, int i, double[] b, int j) {
        double dx = a[3 * i] - b[3 * j], dy = a[3 * i + 1] - b[3 * j + 1], dz = a[3 * i + 2] - b[3 * j + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    /** RMSD of a[atoms[p]] against b[match[p]] after the best rotation. */
    static double kabsch(double[] a, double[] b, int[] atoms, int[] match) {
        int m = atoms.length;
        double[] ca = centroid(a, atoms), cb = centroid(b, match);
        DMatrixRMaj h = new DMatrixRMaj(3, 3);
        double sa = 0, sb = 0;
        for (int p = 0; p < m; p++)
            for (int r = 0; r < 3; r++) {
                double u = a[3 * atoms[p] + r] - ca[r];
                sa += u * u;
                double w = b[3 * match[p] + r] - cb[r];
                sb += w * w;
                for (int c = 0; c < 3; c++) h.add(r, c, u * (b[3 * match[p] + c] - cb[c]));
            }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(3, 3, true, true, false);
        svd.decompose(h.copy());
        double[] s = svd.getSingularValues();
        double det = CommonOps_DDRM.det(h);
        double[] sorted = {s[0], s[1], s[2]};
        java.util.Arrays.sort(sorted);
        double trace = sorted[2] + sorted[1] + (det < 0 ? -sorted[0] : sorted[0]);
        return Math.sqrt(Math.max(0, (sa + sb - 2 * trace) / m));
    }

    private static double[] centroid(double[] x, int[] atoms) {
        double[] c = new double[3];
        for (int a : atoms) for (int r = 0; r < 3; r++) c[r] += x[3 * a + r] / atoms.length;
        return c;
    }
}

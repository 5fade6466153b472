package dev.curvature.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class EnvelopeCholeskyTest {

    /** A random SPD block matrix on a ring of atoms with a few chords (so RCM has work to do). */
    static SparseBlockMatrix randomSpd(int atoms, long seed) {
        Random r = new Random(seed);
        SparseBlockMatrix m = new SparseBlockMatrix(atoms);
        for (int a = 0; a < atoms; a++) {
            int[] partners = {(a + 1) % atoms, (a * 7 + 3) % atoms};
            for (int b : partners) {
                if (b == a) continue;
                double[] g = new double[6];
                for (int k = 0; k < 6; k++) g[k] = r.nextGaussian();
                m.addOuter(new int[]{a, b}, g, 1 + r.nextDouble());
            }
        }
        m.addToDiagonal(0.3);
        return m;
    }

    @Test
    void solvesLikeADenseSolver() {
        SparseBlockMatrix a = randomSpd(40, 7);
        int n = a.dimension();
        double[] rhs = new double[n], z = new double[n];
        Random r = new Random(3);
        for (int i = 0; i < n; i++) rhs[i] = r.nextGaussian();
        EnvelopeCholesky.factor(a).solve(rhs, z);
        DMatrixRMaj dense = new DMatrixRMaj(n, n, true, a.toDense()), b = new DMatrixRMaj(n, 1, true, rhs), x = new DMatrixRMaj(n, 1);
        assertTrue(CommonOps_DDRM.solve(dense, b, x));
        for (int i = 0; i < n; i++) assertEquals(x.get(i, 0), z[i], 1e-10 * (1 + Math.abs(x.get(i, 0))));
        // and the sparse product agrees with the dense one
        double[] y = new double[n];
        a.multiply(rhs, y);
        DMatrixRMaj yd = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(dense, b, yd);
        for (int i = 0; i < n; i++) assertEquals(yd.get(i, 0), y[i], 1e-12 * (1 + Math.abs(y[i])));
    }

    @Test
    void refusesAnIndefiniteMatrix() {
        SparseBlockMatrix a = randomSpd(5, 1);
        a.addToDiagonal(-1e3);
        assertThrows(IllegalArgumentException.class, () -> EnvelopeCholesky.factor(a));
    }

    @Test
    void reverseCuthillMcKeeKeepsAChainBanded() {
        // a path numbered in scrambled order: RCM must give every atom neighbours within 1 position
        int n = 50;
        int[] label = new int[n];
        for (int k = 0; k < n; k++) label[k] = (k * 17) % n;
        int[][] adj = new int[n][];
        for (int k = 0; k < n; k++) {
            int a = label[k];
            adj[a] = k == 0 ? new int[]{label[1]} : k == n - 1 ? new int[]{label[n - 2]} : new int[]{label[k - 1], label[k + 1]};
        }
        int[] order = EnvelopeCholesky.reverseCuthillMcKee(adj);
        int[] pos = new int[n];
        for (int p = 0; p < n; p++) pos[order[p]] = p;
        for (int a = 0; a < n; a++) for (int b : adj[a]) assertTrue(Math.abs(pos[a] - pos[b]) <= 1);
    }
}

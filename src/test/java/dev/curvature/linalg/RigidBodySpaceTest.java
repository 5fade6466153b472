package dev.curvature.linalg;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RigidBodySpaceTest {
    private static final double[] WATER = {0, 0, 0.117, 0, 0.757, -0.469, 0, -0.757, -0.469};
    private static final double[] LINEAR = {0, 0, -1.16, 0, 0, 0, 0, 0, 1.16};

    @Test void countsRigidMotionsOfBentLinearAndSingleBodies() {
        assertEquals(6, RigidBodySpace.cartesian(WATER, true, true).dimension());
        assertEquals(5, RigidBodySpace.cartesian(LINEAR, true, true).dimension());
        assertEquals(3, RigidBodySpace.cartesian(new double[]{1, 2, 3}, true, true).dimension());
        assertEquals(3, RigidBodySpace.cartesian(WATER, true, false).dimension());
    }

    /** A rigid rotation, differentiated, lies in the space; the projector removes it exactly. */
    @Test void projectorRemovesAnInfinitesimalRotationAndTranslation() {
        double[] masses = {15.995, 1.008, 1.008};
        double[] com = new double[3];
        double total = 0;
        for (int a = 0; a < 3; a++) { total += masses[a]; for (int k = 0; k < 3; k++) com[k] += masses[a] * WATER[3 * a + k]; }
        for (int k = 0; k < 3; k++) com[k] /= total;
        RigidBodySpace s = RigidBodySpace.of(WATER, masses, com, true, new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        double[] u = Vec3.unit(new double[]{0.3, -1, 2});
        double[] v = new double[9];
        for (int a = 0; a < 3; a++) {
            double[] r = Vec3.cross(u, new double[]{WATER[3 * a] - 0.4, WATER[3 * a + 1] + 0.1, WATER[3 * a + 2]});
            for (int k = 0; k < 3; k++) v[3 * a + k] = Math.sqrt(masses[a]) * (r[k] + 0.2 * k);
        }
        double length2 = dot(v, v);
        assertEquals(length2, s.rigidWeight(v), 1e-12 * length2);
        s.project(v);
        for (double c : v) assertEquals(0, c, 1e-12);
    }

    /** Q [0; y] is orthogonal to the rigid space, and restrict/expand are the same orthonormal change of basis. */
    @Test void restrictAndExpandAreOneOrthonormalBasisOfInternalMotions() {
        RigidBodySpace s = RigidBodySpace.cartesian(WATER, true, true);
        int n = 9, m = s.internalDimension();
        assertEquals(3, m);
        double[][] q = new double[m][];
        for (int i = 0; i < m; i++) {
            double[] y = new double[m];
            y[i] = 1;
            q[i] = s.expand(y);
            assertEquals(0, s.rigidWeight(q[i]), 1e-14);
        }
        Random random = new Random(7);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = random.nextGaussian();
        double[] block = s.restrict(a);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++) {
                double qaq = 0;
                for (int p = 0; p < n; p++) for (int r = 0; r < n; r++) qaq += q[i][p] * a[p * n + r] * q[j][r];
                assertEquals(qaq, block[i * m + j], 1e-12);
                assertEquals(i == j ? 1 : 0, dot(q[i], q[j]), 1e-14);
            }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}

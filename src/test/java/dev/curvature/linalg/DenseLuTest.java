package dev.curvature.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LAPACK dgetrf/dgetrs/dgetri on a non-symmetric matrix: A·x = b and A·A⁻¹ = I, and singular input refused. */
class DenseLuTest {
    @BeforeEach
    void needsNative() { Assumptions.assumeTrue(DenseLu.available(), "no native LAPACK"); }

    @Test
    void solvesAndInvertsANonSymmetricMatrix() {
        int n = 40;
        java.util.Random rnd = new java.util.Random(7);
        double[] a = new double[n * n], b = new double[n], x = new double[n];
        for (int i = 0; i < n * n; i++) a[i] = rnd.nextDouble() - 0.5;
        for (int i = 0; i < n; i++) { a[i * n + i] += 3; b[i] = rnd.nextDouble(); }
        DenseLu lu = DenseLu.factor(a, n);
        lu.solve(b, x);
        for (int i = 0; i < n; i++) { // row-major A times x gives b (a transposed layout would not)
            double s = 0;
            for (int j = 0; j < n; j++) s += a[i * n + j] * x[j];
            assertEquals(b[i], s, 1e-12);
        }
        double[] inv = lu.inverse();
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += a[i * n + k] * inv[k * n + j];
                assertEquals(i == j ? 1 : 0, s, 1e-12, "A·A⁻¹ [" + i + "," + j + "]");
            }
    }

    @Test
    void exactlySingularMatrixGivesNull() {
        assertNull(DenseLu.factor(new double[] {1, 2, 2, 4}, 2));
    }
}

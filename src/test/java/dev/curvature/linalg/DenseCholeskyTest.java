package dev.curvature.linalg;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class DenseCholeskyTest {

    /** A = BᵀB + I (n = 120): A·(A⁻¹b) gives b back to round-off; a matrix with a negative eigenvalue has no factor. */
    @Test
    void solvesPositiveDefiniteSystemsAndRefusesIndefiniteOnes() {
        Assumptions.assumeTrue(DenseCholesky.available(), "native LAPACK not available");
        int n = 120;
        Random r = new Random(7);
        double[] b = new double[n * n];
        for (int i = 0; i < b.length; i++) b[i] = r.nextGaussian();
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double s = i == j ? 1 : 0;
                for (int k = 0; k < n; k++) s += b[k * n + i] * b[k * n + j];
                a[i * n + j] = s;
            }
        double[] rhs = new double[n], sol = new double[n];
        for (int i = 0; i < n; i++) rhs[i] = Math.sin(i + 1);
        try (DenseCholesky c = DenseCholesky.factor(a, n)) {
            assertNotNull(c);
            c.solve(rhs, sol);
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += a[i * n + j] * sol[j];
            worst = Math.max(worst, Math.abs(s - rhs[i]));
        }
        assertTrue(worst < 1e-9, "residual " + worst);
        a[5 * n + 5] = -1e3;
        assertNull(DenseCholesky.factor(a, n));
    }
}

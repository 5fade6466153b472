package dev.curvature.linalg;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricEigenSolverTest {

    static double[] randomSymmetric(int n, long seed) {
        Random r = new Random(seed);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++) {
                double v = r.nextGaussian();
                a[i * n + j] = v;
                a[j * n + i] = v;
            }
        return a;
    }

    /** max |A v - λ v| over all pairs, max |vᵢ·vⱼ - δᵢⱼ|, and ascending order. */
    static void assertValid(double[] a, int n, SymmetricEigenDecomposition d, double tol) {
        assertEquals(n, d.size());
        for (int k = 1; k < n; k++) assertTrue(d.value(k - 1) <= d.value(k), "ascending");
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int j = 0; j < n; j++) av += a[i * n + j] * d.component(k, j);
                assertEquals(d.value(k) * d.component(k, i), av, tol, "A v = λ v, pair " + k);
            }
        }
        for (int k = 0; k < n; k += Math.max(1, n / 7))
            for (int l = 0; l < n; l++) {
                double dot = 0;
                for (int i = 0; i < n; i++) dot += d.component(k, i) * d.component(l, i);
                assertEquals(k == l ? 1.0 : 0.0, dot, tol, "orthonormal " + k + "," + l);
            }
    }

    @Test
    void lapackLoadsOnThisPlatform() {
        // The pom ships linux-x86_64 natives; elsewhere the factory must fall back silently.
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch");
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")))
            assertTrue(SymmetricEigenSolvers.lapackAvailable());
        assertNotNull(SymmetricEigenSolvers.lapackOrFallback());
    }

    @Test
    void bothBackendsReconstructRandomMatrices() {
        for (int n : new int[] {1, 2, 3, 9, 40, 150}) {
            double[] a = randomSymmetric(n, 1000 + n);
            double[] copy = a.clone();
            SymmetricEigenDecomposition ej = SymmetricEigenSolvers.ejml().decompose(a, n);
            assertArrayEquals(copy, a, "input untouched");
            assertValid(a, n, ej, 1e-9 * Math.max(1, n));
            SymmetricEigenDecomposition la = SymmetricEigenSolvers.lapackOrFallback().decompose(a, n);
            assertArrayEquals(copy, a, "input untouched");
            assertValid(a, n, la, 1e-9 * Math.max(1, n));
            for (int k = 0; k < n; k++) assertEquals(ej.value(k), la.value(k), 1e-10 * n, "same eigenvalue " + k + " at n=" + n);
            // Eigenvalues of a random matrix are simple: vectors agree up to sign.
            for (int k = 0; k < n; k++) {
                double dot = 0;
                for (int i = 0; i < n; i++) dot += ej.component(k, i) * la.component(k, i);
                assertEquals(1.0, Math.abs(dot), 1e-6, "same eigenvector " + k + " at n=" + n);
            }
        }
    }

    @Test
    void degenerateSpectrumStillGivesOrthonormalVectors() {
        // diag(1,1,1,2,2) rotated by a random orthogonal matrix
        int n = 5;
        double[] diag = {2, 1, 2, 1, 1};
        Random r = new Random(7);
        double[] q = randomSymmetric(n, 3);
        SymmetricEigenDecomposition basis = SymmetricEigenSolvers.ejml().decompose(q, n); // orthonormal basis
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += basis.component(k, i) * diag[k] * basis.component(k, j);
                a[i * n + j] = s;
            }
        assertNotNull(r);
        for (SymmetricEigenSolver s : new SymmetricEigenSolver[] {SymmetricEigenSolvers.ejml(), SymmetricEigenSolvers.lapackOrFallback()}) {
            SymmetricEigenDecomposition d = s.decompose(a, n);
            assertArrayEquals(new double[] {1, 1, 1, 2, 2}, d.values(), 1e-12, s.name());
            assertValid(a, n, d, 1e-12);
        }
    }

    @Test
    void factoryChoosesBySize() {
        assertSame(SymmetricEigenSolvers.ejml(), SymmetricEigenSolvers.forSize(SymmetricEigenSolvers.LAPACK_CROSSOVER_SIZE - 1));
        assertSame(SymmetricEigenSolvers.lapackOrFallback(), SymmetricEigenSolvers.forSize(SymmetricEigenSolvers.LAPACK_CROSSOVER_SIZE));
    }

    @Test
    void rejectsWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigenSolvers.ejml().decompose(new double[5], 2));
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigenSolvers.lapackOrFallback().decompose(new double[5], 2));
    }
}

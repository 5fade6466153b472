package dev.curvature.bench;

import dev.curvature.linalg.SymmetricEigenSolvers;
import org.bytedeco.openblas.global.openblas;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * LAPACK's symmetric eigensolver drivers on one random matrix (a main, not a test):
 * {@code EigenDrivers N [ROUNDS]} times dsyevd (divide and conquer) and dsyevr (MRRR), all values
 * and vectors, alternating, thread CPU and wall, and prints the largest eigenvalue difference.
 */
public final class EigenDrivers {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        if (!SymmetricEigenSolvers.lapackAvailable()) throw new IllegalStateException("no LAPACK"); // also sets 1 thread
        java.util.Random rnd = new java.util.Random(2026);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = rnd.nextDouble() * 2 - 1;
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            double[] w1 = new double[n], w2 = new double[n];
            double[] m = a.clone();
            long c0 = t.getCurrentThreadCpuTime(), n0 = System.nanoTime();
            openblas.LAPACKE_dsyevd(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', n, m, n, w1);
            long c1 = t.getCurrentThreadCpuTime(), n1 = System.nanoTime();
            m = a.clone();
            double[] z = new double[n * n];
            int[] found = new int[1], support = new int[2 * n];
            openblas.LAPACKE_dsyevr(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'A', (byte) 'U', n, m, n, 0, 0, 0, 0, 0,
                    found, w2, z, n, support);
            long c2 = t.getCurrentThreadCpuTime(), n2 = System.nanoTime();
            double d = 0;
            for (int i = 0; i < n; i++) d = Math.max(d, Math.abs(w1[i] - w2[i]));
            System.out.printf(Locale.ROOT, "n %d  dsyevd cpu %.3f wall %.3f  dsyevr cpu %.3f wall %.3f  max|dλ| %.2e%n", n,
                    (c1 - c0) / 1e9, (n1 - n0) / 1e9, (c2 - c1) / 1e9, (n2 - n1) / 1e9, d);
        }
    }
}

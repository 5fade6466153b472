package dev.curvature.bench;

import dev.curvature.linalg.SymmetricEigenSolvers;

import java.util.Locale;

/**
 * Cold-process cost of the first eigendecomposition of an n×n matrix with each backend (a main, not
 * a test; run once per backend in a fresh JVM): {@code NativeLoadProbe ejml|lapack N}. Prints the
 * seconds of the first call, which for LAPACK includes loading the native OpenBLAS library; this
 * is what sets the start-up-aware crossover in {@link SymmetricEigenSolvers}.
 */
public final class NativeLoadProbe {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = Math.sin(1.0 + i * n + j) + (i == j ? 4 : 0);
        long t0 = System.nanoTime();
        var solver = args[0].equals("lapack") ? SymmetricEigenSolvers.lapackOrFallback() : SymmetricEigenSolvers.ejml();
        solver.decompose(a, n);
        double first = (System.nanoTime() - t0) * 1e-9;
        t0 = System.nanoTime();
        solver.decompose(a, n);
        System.out.printf(Locale.ROOT, "%s\t%d\tfirst_s %.4f\tsecond_s %.4f%n", solver.name(), n, first, (System.nanoTime() - t0) * 1e-9);
    }
}

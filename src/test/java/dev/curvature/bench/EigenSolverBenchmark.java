package dev.curvature.bench;

import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolver;
import dev.curvature.linalg.SymmetricEigenSolvers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Full symmetric eigendecomposition timings for BENCHMARKS.md (a main, not a test): EJML and LAPACK
 * dsyevd (bytedeco OpenBLAS) through {@link SymmetricEigenSolvers}, on the same seeded matrices as
 * tools/bench/numpy_eigh.py (see {@link #testMatrix}). One TSV row per size and backend: n, backend,
 * threads, kernel ("-": bytedeco does not expose openblas_get_corename; run with OPENBLAS_VERBOSE=2
 * and OpenBLAS prints its core on stderr), median wall and thread-CPU seconds of one decompose
 * (values and vectors, including the copies our API makes), samples, lambda_min, lambda_max.
 * EJML is skipped above --ejml-max-n (at n = 3000 one EJML call takes minutes).
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.curvature.bench.EigenSolverBenchmark \
 *   -Dexec.args="[300 1000 3000] [--repeats 3] [--ejml-max-n 1000] [--warmup-ms 0] [--min-sample-ms 0]"</pre>
 */
public final class EigenSolverBenchmark {
    static final long SEED = 2026;

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        int repeats = 3, ejmlMaxN = 1000;
        double warmupMs = 0, minSampleMs = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--ejml-max-n" -> ejmlMaxN = Integer.parseInt(args[++i]);
                case "--warmup-ms" -> warmupMs = Double.parseDouble(args[++i]);
                case "--min-sample-ms" -> minSampleMs = Double.parseDouble(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) sizes = List.of(300, 1000, 3000);
        SymmetricEigenSolver lapack = SymmetricEigenSolvers.lapackOrFallback();
        if (!SymmetricEigenSolvers.lapackAvailable()) throw new IllegalStateException("LAPACK backend did not load");
        int threads = org.bytedeco.openblas.presets.openblas_nolapack.blas_get_num_threads();
        // By default one warm-up call per size and backend, then the median of `repeats` single calls
        // (enough for n >= 300); small n need --warmup-ms and --min-sample-ms for the JIT and the clock.
        Stopwatch watch = new Stopwatch(repeats, minSampleMs / 1e3, warmupMs / 1e3);
        System.out.println("n\tbackend\tthreads\tkernel\tseconds\tcpu_seconds\tsamples\tlambda_min\tlambda_max");
        for (int n : sizes) {
            double[] a = testMatrix(n, SEED);
            for (SymmetricEigenSolver solver : List.of(SymmetricEigenSolvers.ejml(), lapack)) {
                boolean isLapack = solver == lapack;
                if (!isLapack && n > ejmlMaxN) continue;
                SymmetricEigenDecomposition d = solver.decompose(a, n);
                Stopwatch.Timing t = watch.median(() -> solver.decompose(a, n).value(0));
                System.out.printf(Locale.ROOT, "%d\t%s\t%d\t%s\t%.6g\t%.6g\t%d\t%.12g\t%.12g%n", n, solver.name(),
                        isLapack ? threads : 1, "-", t.wallSeconds(), t.cpuSeconds(), repeats,
                        d.value(0), d.value(n - 1));
                System.out.flush();
            }
        }
    }

    /**
     * The n×n symmetric matrix whose upper-triangle entry (i, j) is 2u - 1, u the top 53 bits of
     * splitmix64(seed + (i·n + j + 1)·0x9E3779B97F4A7C15); numpy_eigh.py builds the same bits.
     */
    static double[] testMatrix(int n, long seed) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++) {
                long z = seed + ((long) i * n + j + 1) * 0x9E3779B97F4A7C15L;
                z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                z = z ^ (z >>> 31);
                double v = 2.0 * ((z >>> 11) * 0x1.0p-53) - 1.0;
                a[i * n + j] = v;
                a[j * n + i] = v;
            }
        return a;
    }
}

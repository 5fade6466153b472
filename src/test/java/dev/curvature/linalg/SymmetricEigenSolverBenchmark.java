package dev.curvature.linalg;

/**
 * Not a test: measures EJML vs LAPACK wall time (run by hand, prints). Used to set
 * {@link SymmetricEigenSolvers#LAPACK_CROSSOVER_SIZE}.
 * Usage: java -cp ... dev.curvature.linalg.SymmetricEigenSolverBenchmark 50 100 300 1000
 */
public final class SymmetricEigenSolverBenchmark {
    public static void main(String[] args) {
        SymmetricEigenSolver[] solvers = {SymmetricEigenSolvers.ejml(), SymmetricEigenSolvers.lapackOrFallback()};
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            double[] a = SymmetricEigenSolverTest.randomSymmetric(n, n);
            StringBuilder line = new StringBuilder("n=" + n);
            for (SymmetricEigenSolver s : solvers) {
                int reps = n <= 100 ? 200 : n <= 300 ? 5 : 1;
                for (int w = 0; w < (n <= 100 ? 300 : 2); w++) s.decompose(a, n); // warm-up (JIT)
                long t0 = System.nanoTime();
                for (int r = 0; r < reps; r++) s.decompose(a, n);
                double ms = (System.nanoTime() - t0) / 1e6 / reps;
                line.append(String.format("  %s %.2f ms", s.name(), ms));
            }
            System.out.println(line);
        }
    }
}

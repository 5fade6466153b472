package dev.curvature.linalg;

/**
 * Chooses an eigensolver backend by matrix size: EJML (pure Java) below
 * {@link #LAPACK_CROSSOVER_SIZE}, LAPACK dsyevd from there on (measured, see the constant). If the native library cannot be
 * loaded on this platform every request silently falls back to EJML; {@link #lapackAvailable()}
 * tells which situation holds.
 */
public final class SymmetricEigenSolvers {
    private SymmetricEigenSolvers() {}

    /**
     * Matrices of at least this order go to LAPACK. Warm, dsyevd is never slower (2 shared cores,
     * OpenBLAS 0.3.28 single-threaded, EJML 0.44; SymmetricEigenSolverBenchmark: n = 30: EJML 0.22
     * ms, dsyevd 0.13 ms; n = 100: 2.2 / 1.0 ms; n = 300: 47 / 7.3 ms; n = 1000: 2100 / 320 ms), but
     * the first LAPACK call of a process also loads the native library, which costs as much as
     * EJML's first decomposition of a 400×400 matrix (NativeLoadProbe, cold JVMs, machine loaded:
     * n = 66: EJML 0.28 s, LAPACK 1.08 s first call; n = 300: 1.08 / 1.59 s; n = 450: 1.94 / 1.75 s).
     * A frequency job decomposes ~10 matrices of its size (RFO steps, then the modes), so the two
     * meet near n = 300 (100 atoms); below that, jobs never load the native library.
     */
    public static final int LAPACK_CROSSOVER_SIZE = 300;

    private static final SymmetricEigenSolver EJML = new EjmlSymmetricEigenSolver();

    /** Loaded on first use only (class initialisation is lazy and thread-safe). */
    private static final class Native {
        static final SymmetricEigenSolver LAPACK = loadLapack();
    }

    private static SymmetricEigenSolver loadLapack() {
        try {
            // Load first: with OPENBLAS_NUM_THREADS or OMP_NUM_THREADS set, nothing else loaded the
            // library before the probe's DoublePointer, which then failed and sent every job to EJML
            // (4x slower at n = 3 000).
            org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas.class);
            // One OpenBLAS thread, whatever the environment asks: by default it starts one busy-waiting
            // thread per core, which on a shared machine made dsyevd 20-50x slower (n = 300 and 1 000,
            // other jobs running); and with OPENBLAS_NUM_THREADS=2 a 1 060-atom freq died with a
            // segmentation fault in a thread with the JVM's default 1 MB stack (fine with -Xss16m),
            // a crash that would take the Jmol editor with it.
            org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(1);
            LapackSymmetricEigenSolver solver = new LapackSymmetricEigenSolver();
            // Probe with a 2×2 problem: this forces the native library to load and checks it works.
            SymmetricEigenDecomposition d = solver.decompose(new double[] {2, 1, 1, 2}, 2);
            if (Math.abs(d.value(0) - 1) > 1e-12 || Math.abs(d.value(1) - 3) > 1e-12) return null;
            return solver;
        } catch (Throwable t) { // UnsatisfiedLinkError, NoClassDefFoundError, ExceptionInInitializerError...
            return null;
        }
    }

    /** The pure-Java solver (always available). */
    public static SymmetricEigenSolver ejml() { return EJML; }

    /** Whether the native LAPACK backend loaded on this platform. */
    public static boolean lapackAvailable() { return Native.LAPACK != null; }

    /** The LAPACK solver, or EJML if the native library is unavailable. */
    public static SymmetricEigenSolver lapackOrFallback() { return Native.LAPACK != null ? Native.LAPACK : EJML; }

    /** The backend used for an n×n matrix. */
    public static SymmetricEigenSolver forSize(int n) {
        return n >= LAPACK_CROSSOVER_SIZE ? lapackOrFallback() : EJML;
    }

    /** Decomposes with the backend chosen for its size. */
    public static SymmetricEigenDecomposition decompose(double[] a, int n) {
        return forSize(n).decompose(a, n);
    }
}

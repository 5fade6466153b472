package dev.curvature.cli;

import java.util.Locale;

/**
 * Memory a job needs, estimated before it starts, so that a too-large job is refused in one line
 * saying what to do instead of dying in an OutOfMemoryError half-way.
 */
final class ResourceLimits {
    private ResourceLimits() {}

    /**
     * Dense 3N×3N matrices a frequency analysis holds at once: the Hessian, its mass-weighted and
     * projected copies and the eigenvectors (four in all, doubles).
     */
    static final int DENSE_HESSIAN_COPIES = 4;

    static long denseHessianBytes(int atoms) {
        long n = 3L * atoms;
        return DENSE_HESSIAN_COPIES * n * n * Double.BYTES;
    }

    /** Throws if a dense Hessian analysis of this many atoms cannot fit in this JVM's heap. */
    static void checkDenseHessian(int atoms) throws RecordLoop.JobFailure {
        long need = denseHessianBytes(atoms);
        long may = available();
        if (need > may)
            throw new RecordLoop.JobFailure(String.format(Locale.ROOT,
                    "freq on %d atoms needs about %s for dense %dx%d Hessians, this JVM can use %s: ask for the lowest modes only (--lowest K, with --cutoff), analyse fewer atoms,"
                            + " or give Java more memory (CURVATURE_JAVA_OPTS=-Xmx%dg)",
                    atoms, gb(need), 3 * atoms, 3 * atoms, gb(may), (long) Math.ceil((need + used()) / 1e9) + 1));
    }

    /** The message for an OutOfMemoryError that no estimate caught. */
    static String outOfMemory(int atoms) {
        return String.format(Locale.ROOT, "out of memory on %d atoms (this JVM can use %s): use fewer atoms,"
                + " or give Java more memory (CURVATURE_JAVA_OPTS=-Xmx8g)", atoms, gb(Runtime.getRuntime().maxMemory()));
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long available() { return Runtime.getRuntime().maxMemory() - used(); }

    private static String gb(long bytes) { return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9); }
}

package dev.curvature.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * Warm-JVM timing for the benchmark mains (not a test): JIT warm-up for a fixed wall time, then
 * {@code repeats} samples of {@code reps} back-to-back calls each, {@code reps} chosen so that one
 * sample lasts at least {@code minSampleSeconds}; the result is the median seconds per call, both
 * wall-clock and CPU time of the calling thread (on a loaded machine the CPU time is the steadier
 * figure; the wall time is what a user waits). Every call's return value is folded into
 * {@link #sink} so the JIT cannot drop the work.
 */
final class Stopwatch {
    /** Read by nobody; written so that the measured calls have an observable effect. */
    static volatile double sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Median seconds per call: wall clock and thread CPU time. */
    record Timing(double wallSeconds, double cpuSeconds) { }

    private final int repeats;
    private final double minSampleSeconds;
    private final double warmupSeconds;

    Stopwatch(int repeats, double minSampleSeconds, double warmupSeconds) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1");
        this.repeats = repeats;
        this.minSampleSeconds = minSampleSeconds;
        this.warmupSeconds = warmupSeconds;
    }

    /** Median seconds per call, after warm-up (at least one warm-up call). */
    Timing median(DoubleSupplier call) {
        double acc = 0;
        long t0 = System.nanoTime();
        long warmEnd = t0 + (long) (warmupSeconds * 1e9);
        int warmCalls = 0;
        do {
            acc += call.getAsDouble();
            warmCalls++;
        } while (System.nanoTime() < warmEnd);
        double perCall = (System.nanoTime() - t0) / 1e9 / warmCalls;
        long reps = Math.max(1, (long) Math.ceil(minSampleSeconds / Math.max(perCall, 1e-9)));
        double[] wall = new double[repeats], cpu = new double[repeats];
        for (int s = 0; s < repeats; s++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            for (long r = 0; r < reps; r++) acc += call.getAsDouble();
            wall[s] = (System.nanoTime() - w) / 1e9 / reps;
            cpu[s] = (THREADS.getCurrentThreadCpuTime() - c) / 1e9 / reps;
        }
        sink = acc;
        return new Timing(median(wall), median(cpu));
    }

    /** Wall seconds of one call, no warm-up (the cold figure). */
    static double once(DoubleSupplier call) {
        long start = System.nanoTime();
        sink = call.getAsDouble();
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
    }
}

package dev.curvature.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/** Wall and thread-CPU time of one stage of a stage benchmark, printed as one line. */
final class StageClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long wall0, cpu0;

    void start() {
        wall0 = System.nanoTime();
        cpu0 = THREADS.getCurrentThreadCpuTime();
    }

    void stop(String stage, String note) {
        System.out.printf(Locale.ROOT, "%-14s wall %7.3f s  cpu %7.3f s  %s%n", stage, (System.nanoTime() - wall0) / 1e9,
                (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9, note);
    }
}

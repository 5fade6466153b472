package dev.curvature.batch;

import org.apache.spark.util.LongAccumulator;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints records done, failed and the rate on the console every few seconds while a batch runs
 * (Spark's UI shows the same accumulators per stage).
 */
final class BatchProgress implements AutoCloseable {
    private static final long PERIOD_MS = 5000;

    private final PrintStream err;
    private final LongAccumulator processed;
    private final LongAccumulator failed;
    private final long planned;
    private final long startNanos = System.nanoTime();
    private final Thread thread;

    BatchProgress(PrintStream err, LongAccumulator processed, LongAccumulator failed, long planned) {
        this.err = err;
        this.processed = processed;
        this.failed = failed;
        this.planned = planned;
        this.thread = new Thread(this::loop, "curvature-batch-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Thread.sleep(PERIOD_MS);
                report();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long n = processed.value();
        err.printf(Locale.ROOT, "batch: %d of %d records done, %d failed, %.1f records/s%n", n, planned, failed.value(), n / seconds);
        err.flush();
    }

    @Override
    public void close() {
        thread.interrupt();
        if ((System.nanoTime() - startNanos) / 1e6 > PERIOD_MS) report();
    }
}

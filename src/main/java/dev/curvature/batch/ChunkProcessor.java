package dev.curvature.batch;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.CRC32;

/**
 * Executor side: turns one chunk's records into rows, one record at a time as Spark's writer pulls
 * them (so a task holds one record and one row, whatever the chunk's size). --limit and --sample
 * are decided here per record, deterministically, so a rerun selects the same records. Each row
 * gets the CPU time its record took on this thread, which is what a straggler costs.
 */
final class ChunkProcessor implements FlatMapFunction<ChunkTask, Row> {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final BatchSpec spec;
    private final LongAccumulator processed;
    private final LongAccumulator failed;

    ChunkProcessor(BatchSpec spec, LongAccumulator processed, LongAccumulator failed) {
        this.spec = spec;
        this.processed = processed;
        this.failed = failed;
    }

    @Override
    public Iterator<Row> call(ChunkTask task) throws Exception {
        RecordCursor cursor = ChunkRecords.open(task.chunk());
        TaskContext context = TaskContext.get();
        if (context != null) context.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> closeQuietly(cursor)); // also when the task fails
        return new Rows(task, cursor);
    }

    /** The rows of one chunk, made as they are asked for. */
    private final class Rows implements Iterator<Row> {
        private final ChunkTask task;
        private final RecordCursor cursor;
        private final RecordJobs jobs = new RecordJobs(spec);
        private int ordinal;
        private Row next;
        private boolean done;

        Rows(ChunkTask task, RecordCursor cursor) {
            this.task = task;
            this.cursor = cursor;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                String text = read();
                if (text == null) { finish(); break; }
                int k = ordinal++;
                if (spec.limit() > 0 && task.firstGlobalIndex() + k >= spec.limit()) { finish(); break; }
                int number = task.firstRecordNumber() + k;
                if (!sampled(task.chunk().file(), number)) continue;
                long cpu = THREADS.getCurrentThreadCpuTime();
                BatchRow row = jobs.run(task.chunk(), number, text);
                row.set("cpu_seconds", (THREADS.getCurrentThreadCpuTime() - cpu) * 1e-9);
                processed.add(1);
                if (!row.ok()) failed.add(1);
                next = row.toRow();
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            Row r = next;
            next = null;
            return r;
        }

        private String read() {
            try {
                return cursor.next();
            } catch (IOException e) {
                throw new UncheckedIOException(task.chunk().file() + ": " + e.getMessage(), e);
            }
        }

        private void finish() {
            done = true;
            closeQuietly(cursor);
        }
    }

    private static void closeQuietly(RecordCursor cursor) {
        try {
            cursor.close();
        } catch (IOException ignored) {
            // a failed close of a file only read changes nothing
        }
    }

    /** Whether --sample keeps this record: a hash of file and record number against the fraction. */
    private boolean sampled(String file, int number) {
        if (spec.sample() >= 1) return true;
        CRC32 crc = new CRC32();
        crc.update((file + "#" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() < spec.sample() * 4294967296.0;
    }
}

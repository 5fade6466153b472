package dev.curvature.batch;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Executor side: reads one chunk's records and turns each into a row. --limit and --sample are
 * decided here per record, deterministically, so a rerun selects the same records.
 */
final class ChunkProcessor implements FlatMapFunction<ChunkTask, Row> {
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
        RecordJobs jobs = new RecordJobs(spec);
        List<Row> rows = new ArrayList<>();
        ChunkRecords.read(task.chunk(), (ordinal, text) -> {
            long global = task.firstGlobalIndex() + ordinal;
            if (spec.limit() > 0 && global >= spec.limit()) return false;
            int number = task.firstRecordNumber() + ordinal;
            if (!sampled(task.chunk().file(), number)) return true;
            BatchRow row = jobs.run(task.chunk(), number, text);
            processed.add(1);
            if (!row.ok()) failed.add(1);
            rows.add(row.toRow());
            return true;
        });
        return rows.iterator();
    }

    /** Whether --sample keeps this record: a hash of file and record number against the fraction. */
    private boolean sampled(String file, int number) {
        if (spec.sample() >= 1) return true;
        CRC32 crc = new CRC32();
        crc.update((file + "#" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() < spec.sample() * 4294967296.0;
    }
}

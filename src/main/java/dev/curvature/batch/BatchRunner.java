package dev.curvature.batch;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;

/**
 * Runs a batch on Spark: plans record-aligned chunks on the driver (names and sizes only), counts
 * each chunk's records on the executors (so every record gets the number the single-machine
 * command gives it), then processes the chunks not yet committed and appends their rows to
 * {@code OUT/records} partitioned by chunk. Each chunk is one task writing one file, and the
 * output committer (algorithm 2) moves a task's file into place when the task commits, so after a
 * crash a chunk is either wholly there or absent: a rerun with the same OUT skips the ones that are
 * there. The error table and the optional JSON lines are rewritten from the records at the end.
 */
public final class BatchRunner {
    private BatchRunner() {}

    /** Exit codes, as the single-machine commands use them. */
    public static final int OK = 0, FAILED = 1, USAGE = 2;

    /** A problem with the command line or the output directory, reported in one line (exit 2). */
    public static final class UsageException extends Exception {
        UsageException(String message) { super(message); }
    }

    /** Summary of a run. */
    public record Summary(long processed, long failed, long total, long totalFailed, int chunks, int skippedChunks) {}

    /**
     * Runs the batch, creating (and stopping) a Spark session unless one is active.
     *
     * @return the exit code: 0 all records good, 1 some record failed, 2 usage
     */
    public static int run(BatchSpec spec, PrintStream out, PrintStream err) {
        try {
            Summary s = execute(spec, err);
            out.printf(java.util.Locale.ROOT, "batch %s: %d records processed this run (%d failed), %d chunks (%d already committed);"
                            + " %s now holds %d records, %d failed (see %s/%s)%n",
                    spec.job(), s.processed(), s.failed(), s.chunks(), s.skippedChunks(), spec.output(), s.total(), s.totalFailed(),
                    spec.output(), BatchLayout.ERRORS);
            return s.totalFailed() > 0 ? FAILED : OK;
        } catch (UsageException e) {
            err.println("curvature batch: " + e.getMessage());
            return USAGE;
        } catch (InputPlanner.InputException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("curvature batch: " + e.getMessage());
            return FAILED;
        }
    }

    static Summary execute(BatchSpec spec, PrintStream err) throws UsageException, InputPlanner.InputException, IOException {
        List<Path> files = InputPlanner.expand(spec.inputs());
        Path out = Path.of(spec.output()).toAbsolutePath().normalize();
        for (Path f : files)
            if (f.equals(out) || f.startsWith(out)) throw new UsageException(spec.output() + ": the output directory would hold an input (" + f + ")");
        if (Files.exists(out) && !Files.isDirectory(out)) throw new UsageException(spec.output() + ": exists and is not a directory");
        List<InputChunk> chunks = InputPlanner.plan(files, spec.chunkBytes(), spec.smilesColumn(), spec.molblockColumn());
        Files.createDirectories(out);
        BatchPlanFile.checkOrWrite(out.resolve(BatchLayout.PLAN), spec, files, chunks);

        Set<Integer> done = committedChunks(out.resolve(BatchLayout.RECORDS));
        SparkSession spark = BatchSpark.session(spec);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.setJobGroup("curvature-" + spec.job(), "curvature batch " + spec.job() + ": counting records", false);

        // pass 1: records per chunk, for record numbers and --limit (cheap: boundaries only)
        List<Integer> counts = jsc.parallelize(chunks, Math.max(1, chunks.size())).map(ChunkRecords::count).collect();
        List<ChunkTask> pending = new ArrayList<>();
        long global = 0, planned = 0;
        String file = null;
        int inFile = 0;
        for (int k = 0; k < chunks.size(); k++) {
            InputChunk c = chunks.get(k);
            if (!c.file().equals(file)) { file = c.file(); inFile = 0; }
            if (!done.contains(c.id()) && (spec.limit() == 0 || global < spec.limit())) {
                pending.add(new ChunkTask(c, inFile + 1, global));
                planned += spec.limit() == 0 ? counts.get(k) : Math.min(counts.get(k), spec.limit() - global);
            }
            inFile += counts.get(k);
            global += counts.get(k);
        }

        LongAccumulator processed = jsc.sc().longAccumulator("records processed");
        LongAccumulator failed = jsc.sc().longAccumulator("records failed");
        try (BatchProgress progress = new BatchProgress(err, processed, failed, planned)) {
            if (!pending.isEmpty()) {
                jsc.setJobGroup("curvature-" + spec.job(), "curvature batch " + spec.job() + ": " + pending.size() + " chunks", false);
                JavaRDD<Row> rows = jsc.parallelize(pending, pending.size())
                        .flatMap(new ChunkProcessor(spec, processed, failed));
                Dataset<Row> df = spark.createDataFrame(rows, BatchRow.SCHEMA);
                df.write().mode(SaveMode.Append).partitionBy(BatchLayout.CHUNK_COLUMN).parquet(out.resolve(BatchLayout.RECORDS).toString());
            }
        }
        return finish(spark, spec, out, processed.value(), failed.value(), chunks.size(), done.size());
    }

    /** Rewrites the error table (and JSON lines) from every committed record; returns the totals. */
    private static Summary finish(SparkSession spark, BatchSpec spec, Path out, long processed, long failed, int chunks, int skipped) {
        Path records = out.resolve(BatchLayout.RECORDS);
        if (!Files.isDirectory(records)) return new Summary(processed, failed, 0, 0, chunks, skipped);
        jobGroup(spark, spec, "error table");
        Dataset<Row> all = spark.read().schema(BatchRow.SCHEMA).parquet(records.toString());
        Dataset<Row> errors = all.filter(col("status").notEqual("ok"))
                .select(col("source"), col("record"), col("name"), col("job"), col("status"), col("error"))
                .orderBy(col("source"), col("record"));
        errors.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out.resolve(BatchLayout.ERRORS).toString());
        if (spec.jsonLines()) all.orderBy(col("source"), col("record")).write().mode(SaveMode.Overwrite).json(out.resolve(BatchLayout.JSON).toString());
        long total = all.count();
        long totalFailed = spark.read().parquet(out.resolve(BatchLayout.ERRORS).toString()).count();
        return new Summary(processed, failed, total, totalFailed, chunks, skipped);
    }

    private static void jobGroup(SparkSession spark, BatchSpec spec, String what) {
        spark.sparkContext().setJobGroup("curvature-" + spec.job(), "curvature batch " + spec.job() + ": " + what, false);
    }

    /** Chunk ids whose partition directory holds a committed Parquet file. */
    static Set<Integer> committedChunks(Path records) throws IOException {
        Set<Integer> done = new TreeSet<>();
        if (!Files.isDirectory(records)) return done;
        String prefix = BatchLayout.CHUNK_COLUMN + "=";
        try (Stream<Path> dirs = Files.list(records)) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                String name = d.getFileName().toString();
                if (!name.startsWith(prefix) || !Files.isDirectory(d)) continue;
                try (Stream<Path> files = Files.list(d)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")))
                        done.add(Integer.parseInt(name.substring(prefix.length())));
                }
            }
        }
        return done;
    }
}

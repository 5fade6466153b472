package dev.curvature.batch;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.curvature.batch.BatchTestSupport.SUITE;
import static dev.curvature.batch.BatchTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A batch killed with SIGKILL while it commits chunks, then rerun with the same OUT, ends with every
 * record exactly once: the row count and a hash of the sorted record names equal the input's, and
 * the chunks committed before the kill are kept as they were (skipped, not redone).
 */
class BatchKillRerunTest {
    private static final int RECORDS = 120;
    private static final long CHUNK_BYTES = 8192;
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = BatchTestSupport.spark();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    @Test
    void aBatchKilledMidwayAndRerunHasEveryRecordOnce(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("suite-head.sdf");
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        ChunkRecords.read(new InputChunk(0, SUITE.resolve("MMFF94_hypervalent.sdf").toString(), "sdf", 0, Long.MAX_VALUE, false), (k, t) -> {
            text.append(t);
            names.add(t.lines().findFirst().orElse("").strip());
            return names.size() < RECORDS;
        });
        Files.writeString(input, text);
        Path out = dir.resolve("out");
        Path records = out.resolve(BatchLayout.RECORDS);
        int chunks = 0; // those owning a record: a chunk without one writes no partition
        for (InputChunk c : InputPlanner.plan(List.of(input), CHUNK_BYTES)) if (ChunkRecords.count(c) > 0) chunks++;
        assertTrue(chunks >= 25, "enough chunks to kill the job between them: " + chunks);

        Process batch = startBatch(input, out, dir.resolve("killed.log"));
        Set<Integer> atKill = waitForCommittedChunks(batch, records, 3, dir.resolve("killed.log"));
        batch.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        assertTrue(batch.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, batch.exitValue(), "killed by SIGKILL");
        Set<Integer> survived = BatchRunner.committedChunks(records);
        assertTrue(survived.containsAll(atKill));
        assertTrue(survived.size() < chunks, "the kill came before the last chunk: " + survived.size() + " of " + chunks);
        Map<Path, FileTime> before = parquetFiles(records);

        assertEquals(BatchRunner.OK, BatchTestSupport.run(spec("energy", List.of(input.toString()), out.toString(), 0, CHUNK_BYTES)));

        Map<Path, FileTime> after = parquetFiles(records);
        for (Map.Entry<Path, FileTime> e : before.entrySet())
            assertEquals(e.getValue(), after.get(e.getKey()), "a chunk committed before the kill is kept, not redone: " + e.getKey());
        List<Row> rows = spark.read().parquet(records.toString()).collectAsList();
        assertEquals(RECORDS, rows.size(), "no record lost or duplicated");
        Set<Integer> numbers = new TreeSet<>();
        List<String> rowNames = new ArrayList<>();
        for (Row r : rows) {
            assertTrue(numbers.add(r.<Integer>getAs("record")), "record " + r.getAs("record") + " twice");
            rowNames.add(r.getAs("name"));
        }
        assertEquals(1, ((TreeSet<Integer>) numbers).first());
        assertEquals(RECORDS, ((TreeSet<Integer>) numbers).last());
        assertEquals(sortedHash(names), sortedHash(rowNames), "the same names, each once");
        assertEquals(chunks, BatchRunner.committedChunks(records).size());
    }

    /** `curvature batch energy` in its own JVM, with this JVM's class path and module openings. */
    private static Process startBatch(Path input, Path out, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments())
            if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || a.startsWith("-Djdk.reflect"))
                cmd.add(a);
        cmd.addAll(List.of("-Xmx1g", "-Dspark.ui.enabled=false", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.curvature.cli.Main", "batch", "energy", input.toString(), "-o", out.toString(),
                "--master", "local[2]", "--chunk-size", Long.toString(CHUNK_BYTES)));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls OUT/records until at least n chunks are committed; fails if the batch ends first. */
    private static Set<Integer> waitForCommittedChunks(Process batch, Path records, int n, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            Set<Integer> done = BatchRunner.committedChunks(records);
            if (done.size() >= n) return done;
            if (!batch.isAlive())
                fail("the batch ended (exit " + batch.exitValue() + ") before it could be killed:\n" + Files.readString(log));
            Thread.sleep(20);
        }
        batch.destroyForcibly();
        fail("no chunk committed within 300 s:\n" + Files.readString(log));
        return null;
    }

    private static Map<Path, FileTime> parquetFiles(Path records) throws IOException {
        Map<Path, FileTime> m = new HashMap<>();
        try (Stream<Path> files = Files.walk(records)) {
            for (Path p : (Iterable<Path>) files::iterator)
                if (p.getFileName().toString().endsWith(".parquet") && !records.relativize(p).toString().startsWith("_"))
                    m.put(records.relativize(p), Files.getLastModifiedTime(p));
        }
        assertFalse(m.isEmpty());
        return m;
    }

    private static String sortedHash(List<String> names) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        names.stream().sorted().forEach(s -> sha.update((s + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }
}

package dev.curvature.batch;

import com.google.gson.JsonObject;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.curvature.batch.BatchTestSupport.SUITE;
import static dev.curvature.batch.BatchTestSupport.cli;
import static dev.curvature.batch.BatchTestSupport.doubles;
import static dev.curvature.batch.BatchTestSupport.run;
import static dev.curvature.batch.BatchTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batches on Spark local[2] give, row for row, what the single-machine commands give: the default,
 * small cases in one Spark session. The whole MMFF94 suite is compared by {@link BatchSuiteValidationTest}
 * (-Dcurvature.batch.suite=true).
 */
class BatchRunnerTest {
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = BatchTestSupport.spark();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    /** The bundled examples but the 153-atom ala15 (for time): what freq on "examples" reads. */
    private static final List<String> SMALL_EXAMPLES = List.of("ammonia.sdf", "benzene.sdf", "caffeine.sdf", "co2.sdf",
            "ethane_eclipsed.sdf", "ethane_staggered.sdf", "methane.sdf", "three_records_one_broken.sdf", "water.sdf");

    @TempDir
    static Path shared;
    private static Path examplesFreq;

    /** One freq batch over the small examples, made once for the tests that read it. */
    private static synchronized Path examplesFreq() {
        if (examplesFreq == null) {
            Path out = shared.resolve("examples-freq");
            List<String> inputs = SMALL_EXAMPLES.stream().map(f -> "examples/" + f).toList();
            assertEquals(BatchRunner.FAILED, run(spec("freq", inputs, out.toString(), 0, 4096)), "one broken record");
            examplesFreq = out;
        }
        return examplesFreq;
    }

    private static Map<String, Row> rows(Path out) {
        return BatchTestSupport.rows(spark, out);
    }

    @Test
    void energiesOfTheExamplesEqualTheEnergyCommandAndBrokenRecordsBecomeErrorRows(@TempDir Path dir) throws IOException {
        Path garbage = dir.resolve("garbage.sdf");
        Files.write(garbage, new byte[] {0, 1, 2, (byte) 0xff, '\n', 'x', '\n', '$', '$', '$', '$', '\n'});
        Path out = dir.resolve("out");
        int code = run(spec("energy", List.of("examples", garbage.toString()), out.toString(), 0, 4096));
        assertEquals(BatchRunner.FAILED, code, "a broken record makes the exit code 1, as for the CLI");
        Map<String, Row> rows = rows(out);
        int compared = 0;
        for (String f : new String[] {"caffeine.sdf", "water.sdf", "benzene.sdf", "three_records_one_broken.sdf", "co2.sdf"}) {
            Map<String, JsonObject> ref = cli("energy", "examples/" + f, "--json");
            for (Map.Entry<String, JsonObject> e : ref.entrySet()) {
                Row r = rows.get(e.getKey());
                assertNotNull(r, "no row for " + e.getKey());
                assertEquals("ok", r.getAs("status"));
                assertEquals(e.getValue().get("energy").getAsDouble(), r.<Double>getAs("energy"), 1e-9, e.getKey());
                assertEquals(e.getValue().get("model").getAsString(), r.getAs("model"));
                compared++;
            }
        }
        assertTrue(compared >= 6);
        Row broken = rows.values().stream().filter(r -> r.getAs("source").toString().endsWith("three_records_one_broken.sdf")
                && !"ok".equals(r.getAs("status"))).findFirst().orElseThrow();
        assertTrue(broken.<String>getAs("error").length() > 5);
        Row junk = rows.get("garbage.sdf#1");
        assertNotNull(junk, "the garbage file gives an error row");
        assertEquals("error", junk.getAs("status"));
        long errorRows = spark.read().parquet(out.resolve(BatchLayout.ERRORS).toString()).count();
        assertEquals(rows.values().stream().filter(r -> !"ok".equals(r.getAs("status"))).count(), errorRows);
    }

    @Test
    void frequenciesOfSuiteRecordsEqualTheFreqCommandAcrossChunks(@TempDir Path dir) throws IOException {
        Path sdf = SUITE.resolve("MMFF94_hypervalent.sdf");
        Path out = dir.resolve("out");
        int n = 6;
        // 4 KiB chunks: the 6 records span several chunks, and the last chunk is cut by --limit
        assertEquals(BatchRunner.OK, run(spec("freq", List.of(sdf.toString()), out.toString(), n, 4096)));
        Map<String, Row> rows = rows(out);
        assertEquals(n, rows.size());
        Path first = dir.resolve("first.sdf");
        StringBuilder text = new StringBuilder();
        int[] k = {0};
        ChunkRecords.read(new InputChunk(0, sdf.toString(), "sdf", 0, Long.MAX_VALUE, false), (i, t) -> {
            text.append(t);
            return ++k[0] < n;
        });
        Files.writeString(first, text);
        Map<String, JsonObject> ref = cli("freq", first.toString(), "--json");
        assertEquals(n, ref.size());
        for (int r = 1; r <= n; r++) {
            JsonObject o = ref.get("first.sdf#" + r);
            Row row = rows.get("MMFF94_hypervalent.sdf#" + r);
            assertEquals(o.get("name").getAsString(), row.getAs("name"));
            assertEquals(o.get("energy").getAsDouble(), row.<Double>getAs("energy"), 1e-9);
            assertArrayEquals(doubles(o.getAsJsonArray("frequencies")), doubles(row, "frequencies"), 1e-6);
            assertArrayEquals(doubles(o.getAsJsonArray("ir_intensities")), doubles(row, "ir_intensities"), 1e-9);
            assertEquals(o.get("zero_point_energy").getAsDouble(), row.<Double>getAs("zero_point_energy"), 1e-9);
            assertEquals(o.getAsJsonObject("thermo").get("gibbs_energy").getAsDouble(), row.<Double>getAs("gibbs_energy"), 1e-9);
        }
    }

    @Test
    void frequenciesOfTheExamplesEqualTheFreqCommand() {
        Map<String, Row> rows = rows(examplesFreq());
        int compared = 0;
        for (String f : SMALL_EXAMPLES) {
            Map<String, JsonObject> ref = cli("freq", "examples/" + f, "--json");
            for (Map.Entry<String, JsonObject> e : ref.entrySet()) {
                JsonObject o = e.getValue();
                Row r = rows.get(e.getKey());
                assertNotNull(r, "no row for " + e.getKey());
                assertEquals("ok", r.getAs("status"), e.getKey());
                assertEquals(o.get("energy").getAsDouble(), r.<Double>getAs("energy"), 1e-9, e.getKey());
                assertArrayEquals(doubles(o.getAsJsonArray("frequencies")), doubles(r, "frequencies"), 1e-6, e.getKey());
                assertEquals(o.get("zero_point_energy").getAsDouble(), r.<Double>getAs("zero_point_energy"), 1e-9, e.getKey());
                assertTrue(r.<Double>getAs("cpu_seconds") > 0, "each row has its record's CPU time");
                compared++;
            }
        }
        assertTrue(compared >= 10, compared + " records compared");
        assertEquals(1, rows.values().stream().filter(r -> !"ok".equals(r.getAs("status"))).count(), "the one broken record");
    }

    @Test
    void readmeSparkSqlQueryRunsOnABatchOutput() throws IOException {
        Path out = examplesFreq();
        String readme = Files.readString(Path.of("README.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<!-- query: spark-sql -->\\s*```\\w*\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertTrue(m.find(), "README has the Spark SQL query");
        StringBuilder sql = new StringBuilder();
        for (String line : m.group(1).split("\n")) if (!line.strip().startsWith("--")) sql.append(line).append('\n');
        List<Row> result = spark.sql(sql.toString().replace("/tmp/curvature-batch", out.toString())).collectAsList();
        List<Row> expected = rows(out).values().stream().filter(r -> "ok".equals(r.getAs("status")))
                .sorted(java.util.Comparator.comparingDouble(r -> r.<Double>getAs("zero_point_energy"))).limit(10).toList();
        assertEquals(expected.size(), result.size());
        for (int k = 0; k < result.size(); k++) {
            assertEquals(expected.get(k).<String>getAs("name"), result.get(k).getString(0));
            assertEquals(expected.get(k).<Double>getAs("zero_point_energy"), result.get(k).getDouble(2));
            assertEquals(doubles(expected.get(k), "frequencies")[0], result.get(k).getDouble(3));
        }
    }

    @Test
    void aRerunSkipsCommittedChunksAndRefusesOtherOptions(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        BatchSpec s = spec("charges", List.of("examples"), out.toString(), 0, 4096);
        run(s);
        List<Path> before = listParquet(out);
        Map<String, Row> first = rows(out);
        run(s);
        assertEquals(before, listParquet(out), "nothing rewritten on a complete rerun");
        assertEquals(first.keySet(), rows(out).keySet());
        // remove one chunk as if the job had died before it: the rerun makes exactly that one again
        Path victim = before.get(0).getParent();
        try (var files = Files.walk(victim)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        run(s);
        assertEquals(first.keySet(), rows(out).keySet());
        assertEquals(BatchRunner.USAGE, run(spec("energy", List.of("examples"), out.toString(), 0, 4096)));
    }

    @Test
    void parquetInputsWithASmilesOrAMolblockColumnEqualTheCommandOnTheSameRecords(@TempDir Path dir) throws IOException {
        // SMILES: four suite molecules with their names; the column is found by name in any case
        List<String> lines = Files.readAllLines(SUITE.resolve("MMFF94_hypervalent.smi")).subList(1, 5);
        Path smi = dir.resolve("first.smi");
        Files.write(smi, lines);
        List<Row> smilesRows = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String[] t = lines.get(k).strip().split("\\s+", 2);
            smilesRows.add(RowFactory.create(k, t[0], t[1]));
        }
        StructType smilesSchema = new StructType().add("id", DataTypes.IntegerType).add("SMILES", DataTypes.StringType)
                .add("name", DataTypes.StringType);
        Path smilesTable = dir.resolve("smiles-table");
        spark.createDataFrame(smilesRows, smilesSchema).coalesce(1).write().parquet(smilesTable.toString());
        // molblocks: caffeine, water and the three records of which one is broken
        StringBuilder sdf = new StringBuilder();
        List<Row> blocks = new ArrayList<>();
        for (String f : new String[] {"caffeine.sdf", "water.sdf", "three_records_one_broken.sdf"})
            ChunkRecords.read(new InputChunk(0, Path.of("examples", f).toAbsolutePath().toString(), "sdf", 0, Long.MAX_VALUE, false), (k, t) -> {
                sdf.append(t);
                blocks.add(RowFactory.create(t));
                return true;
            });
        Path sdfFile = dir.resolve("blocks.sdf");
        Files.writeString(sdfFile, sdf);
        Path molblockTable = dir.resolve("molblock-table");
        spark.createDataFrame(blocks, new StructType().add("molblock", DataTypes.StringType)).coalesce(1).write().parquet(molblockTable.toString());

        Path out = dir.resolve("out");
        assertEquals(BatchRunner.FAILED, run(spec("energy", List.of(smilesTable.toString(), molblockTable.toString()), out.toString(), 0, 4096)));
        List<Row> rows = spark.read().parquet(out.resolve(BatchLayout.RECORDS).toString()).collectAsList();
        assertEquals(lines.size() + blocks.size(), rows.size());
        int ok = sameAsCommand(rows, smilesTable, cli("energy", smi.toString(), "--json"), "first.smi")
                + sameAsCommand(rows, molblockTable, cli("energy", sdfFile.toString(), "--json"), "blocks.sdf");
        assertEquals(lines.size() + blocks.size() - 1, ok, "every record but the broken one");
    }

    /** The rows from one Parquet folder equal the command's records of the same text; returns how many are ok. */
    private static int sameAsCommand(List<Row> rows, Path table, Map<String, JsonObject> ref, String refFile) {
        int ok = 0;
        for (Row r : rows) {
            if (!r.<String>getAs("source").startsWith(table.toString())) continue;
            JsonObject o = ref.get(refFile + "#" + r.<Integer>getAs("record"));
            assertEquals(o != null, "ok".equals(r.getAs("status")), r.getAs("source") + "#" + r.getAs("record") + ": " + r.getAs("error"));
            if (o == null) continue;
            assertEquals(o.get("name").getAsString(), r.getAs("name"));
            assertEquals(o.get("energy").getAsDouble(), r.<Double>getAs("energy"), 1e-9, refFile);
            ok++;
        }
        return ok;
    }

    private static List<Path> listParquet(Path out) throws IOException {
        List<Path> l = new ArrayList<>();
        try (var files = Files.walk(out.resolve(BatchLayout.RECORDS))) {
            files.filter(p -> p.toString().endsWith(".parquet")).sorted().forEach(l::add);
        }
        return l;
    }
}

package dev.curvature.batch;

import com.google.gson.JsonObject;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.curvature.batch.BatchTestSupport.SUITE;
import static dev.curvature.batch.BatchTestSupport.cli;
import static dev.curvature.batch.BatchTestSupport.doubles;
import static dev.curvature.batch.BatchTestSupport.run;
import static dev.curvature.batch.BatchTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole MMFF94 validation suite (761 molecules) through `curvature batch` on Spark local[2],
 * compared row by row with the single-machine commands: energies to 1e-9 kcal/mol, frequencies to
 * 1e-6 cm⁻¹. Minutes of CPU, so not part of the default run:
 * {@code mvn -o test -Dtest=BatchSuiteValidationTest -Dcurvature.batch.suite=true}; the printed
 * summary lines are what VALIDATION.md records.
 */
class BatchSuiteValidationTest {

    /** Heavy validation: runs only on request, and says so when skipped. */
    private static void onlyOnRequest() {
        if (!Boolean.getBoolean("curvature.batch.suite")) {
            String why = "SKIPPED the 761-molecule batch-vs-CLI comparison on Spark (minutes): run with -Dcurvature.batch.suite=true";
            System.err.println("*** " + why + " ***");
            org.junit.jupiter.api.Assumptions.assumeTrue(false, why);
        }
    }
    private static final Path SDF = SUITE.resolve("MMFF94_hypervalent.sdf");
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        onlyOnRequest(); // before Spark starts
        spark = BatchTestSupport.spark();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    /** Largest |a − b| over the compared values, for the summary. */
    private static final class MaxDiff {
        double max;
        int count;

        void add(double a, double b, double tolerance, String what) {
            double d = Math.abs(a - b);
            assertTrue(d <= tolerance, what + ": batch " + b + " vs command " + a);
            max = Math.max(max, d);
            count++;
        }

        void add(double[] a, double[] b, double tolerance, String what) {
            assertEquals(a.length, b.length, what + ": length");
            for (int i = 0; i < a.length; i++) add(a[i], b[i], tolerance, what + "[" + i + "]");
        }

        @Override
        public String toString() { return String.format(Locale.ROOT, "%d values, max |diff| %.3g", count, max); }
    }

    /** Every ok row has the command's record and vice versa; the failures are the same records. */
    private static void sameRecords(Map<String, JsonObject> ref, Map<String, Row> rows, int records) {
        assertEquals(records, rows.size(), "one row per record");
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            String key = e.getKey();
            boolean ok = "ok".equals(e.getValue().getAs("status"));
            assertEquals(ref.containsKey(key), ok, key + ": batch status " + e.getValue().getAs("status") + " " + e.getValue().getAs("error"));
        }
    }

    @Test
    void energiesOfTheSuiteEqualTheEnergyCommand(@TempDir Path dir) {
        Path out = dir.resolve("out");
        run(spec("energy", List.of(SDF.toString()), out.toString(), 0, 64 << 10));
        Map<String, Row> rows = BatchTestSupport.rows(spark, out);
        Map<String, JsonObject> ref = cli("energy", SDF.toString(), "--json");
        sameRecords(ref, rows, 761);
        MaxDiff energy = new MaxDiff();
        for (Map.Entry<String, JsonObject> e : ref.entrySet()) {
            Row r = rows.get(e.getKey());
            assertEquals(e.getValue().get("model").getAsString(), r.getAs("model"));
            energy.add(e.getValue().get("energy").getAsDouble(), r.<Double>getAs("energy"), 1e-9, e.getKey());
        }
        System.out.printf(Locale.ROOT, "suite energy: %d rows, %d ok; energies %s%n", rows.size(), ref.size(), energy);
    }

    @Test
    void frequenciesOfTheSuiteEqualTheFreqCommand(@TempDir Path dir) {
        Path out = dir.resolve("out");
        long t0 = System.nanoTime();
        run(spec("freq", List.of(SDF.toString()), out.toString(), 0, 64 << 10));
        long t1 = System.nanoTime();
        Map<String, Row> rows = BatchTestSupport.rows(spark, out);
        Map<String, JsonObject> ref = cli("freq", SDF.toString(), "--json");
        long t2 = System.nanoTime();
        sameRecords(ref, rows, 761);
        MaxDiff energy = new MaxDiff(), freq = new MaxDiff(), ir = new MaxDiff(), zpe = new MaxDiff(), gibbs = new MaxDiff();
        for (Map.Entry<String, JsonObject> e : ref.entrySet()) {
            JsonObject o = e.getValue();
            Row r = rows.get(e.getKey());
            assertNotNull(r, e.getKey());
            assertEquals(o.get("name").getAsString(), r.getAs("name"));
            energy.add(o.get("energy").getAsDouble(), r.<Double>getAs("energy"), 1e-9, e.getKey() + " energy");
            freq.add(doubles(o.getAsJsonArray("frequencies")), doubles(r, "frequencies"), 1e-6, e.getKey() + " frequencies");
            if (o.has("ir_intensities"))
                ir.add(doubles(o.getAsJsonArray("ir_intensities")), doubles(r, "ir_intensities"), 1e-9, e.getKey() + " IR");
            zpe.add(o.get("zero_point_energy").getAsDouble(), r.<Double>getAs("zero_point_energy"), 1e-9, e.getKey() + " ZPE");
            gibbs.add(o.getAsJsonObject("thermo").get("gibbs_energy").getAsDouble(), r.<Double>getAs("gibbs_energy"), 1e-9, e.getKey() + " G");
        }
        System.out.printf(Locale.ROOT, "suite freq: %d rows, %d ok; energies %s; frequencies %s; IR %s; ZPE %s; G %s;"
                        + " batch local[2] %.0f s wall, command loop %.0f s wall%n",
                rows.size(), ref.size(), energy, freq, ir, zpe, gibbs, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}

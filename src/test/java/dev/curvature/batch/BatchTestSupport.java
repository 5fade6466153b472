package dev.curvature.batch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.cli.Main;
import dev.curvature.registry.EnergyModels;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the batch tests share: specs, runs, the single-machine command's records, the Parquet rows. */
final class BatchTestSupport {
    private BatchTestSupport() {}

    static final Path SUITE = Path.of(System.getProperty("curvature.shared.dir", "../shared"), "data", "mmff94-validation");

    /** The one Spark session of a test JVM; the UI is off, since no test looks at it. */
    static SparkSession spark() {
        System.setProperty("spark.ui.enabled", "false");
        return BatchSpark.session(spec("energy", List.of("examples"), "unused", 0, 1 << 20));
    }

    static BatchSpec spec(String job, List<String> inputs, String out, long limit, long chunkBytes) {
        return new BatchSpec(job, inputs, out, "local[2]", limit, 1.0, false, chunkBytes, "auto", false, Double.NaN, 5000,
                "auto", true, 298.15, 1.0, "qeq", false, "qeq", null, null);
    }

    static int run(BatchSpec spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = BatchRunner.run(spec, new PrintStream(out, true), new PrintStream(err, true));
        System.out.print(out);
        System.out.print(err);
        return code;
    }

    /** The single-machine command's JSON records, by "file-name#record". */
    static Map<String, JsonObject> cli(String... args) {
        CommandLine cl = Main.commandLine(EnergyModels.registry());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        cl.execute(args);
        Map<String, JsonObject> m = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            if (line.isBlank()) continue;
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            m.put(Path.of(o.get("source").getAsString()).getFileName() + "#" + o.get("record").getAsInt(), o);
        }
        return m;
    }

    /** The committed rows of a batch, by "file-name#record"; fails on a duplicate. */
    static Map<String, Row> rows(SparkSession spark, Path out) {
        Map<String, Row> m = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve(BatchLayout.RECORDS).toString()).collectAsList()) {
            String key = Path.of(r.<String>getAs("source")).getFileName() + "#" + r.<Integer>getAs("record");
            assertTrue(m.put(key, r) == null, "duplicate row " + key);
        }
        return m;
    }

    static double[] doubles(JsonArray a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsDouble();
        return v;
    }

    static double[] doubles(Row r, String column) {
        List<Double> l = r.getList(r.fieldIndex(column));
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

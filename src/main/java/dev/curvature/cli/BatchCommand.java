package dev.curvature.cli;

import dev.curvature.batch.BatchSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code curvature batch}: the energy, optimize, freq or charges job over whole libraries on Apache
 * Spark (local mode inside this JVM by default). Spark is not part of curvature.jar: bin/curvature
 * adds target/batch-lib, and spark-submit supplies it on a cluster. Nothing of Spark is loaded
 * before this command runs.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run JOB (energy, optimize, freq, charges) over every record of the inputs on Apache Spark and write",
                "Parquet under OUT: records/ (one row per record, partitioned by input chunk) and errors/ (failed records).",
                "A rerun with the same OUT skips the chunks already committed. Exit code 1 if any record failed."})
final class BatchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB", description = "energy, optimize, freq or charges.")
    String job;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
            description = "SDF, MOL2 or SMILES files (optionally .gz), Parquet files, directories or quoted globs.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output directory.")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master: local[*] (default), local[N], spark://HOST:PORT, yarn.")
    String master;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Only the first N records (0: all).")
    long limit;

    @Option(names = "--sample", paramLabel = "F", defaultValue = "1", description = "Keep each record with probability F (deterministic).")
    double sample;

    @Option(names = "--json-lines", description = "Also write the rows as JSON lines under OUT/json.")
    boolean jsonLines;

    @Option(names = "--chunk-size", paramLabel = "BYTES", description = "Input bytes per task (default 32 MiB).")
    Long chunkBytes;

    @Option(names = "--smiles-column", paramLabel = "NAME", description = "Parquet inputs: the SMILES column (default: one named smiles, smi, ...).")
    String smilesColumn;

    @Option(names = "--molblock-column", paramLabel = "NAME", description = "Parquet inputs: the molblock column (default: one named molblock, molfile, ...).")
    String molblockColumn;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "auto", description = "Energy model (as the other commands). Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--add-hydrogens", description = "Add missing hydrogens and place them in 3-D.")
    boolean addHydrogens;

    @Option(names = "--fmax", paramLabel = "F", description = "Optimizer convergence, kcal/mol/Å (as optimize/freq).")
    Double fmax;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "5000", description = "Optimizer iteration limit. Default: ${DEFAULT-VALUE}.")
    int maxIterations;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "optimize/freq: auto, rfo or lbfgs (default auto); charges: qeq, eem or mmff94 (default qeq).")
    String method;

    @Option(names = "--no-opt", description = "freq: analyse the input geometry as it is.")
    boolean noOptimization;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "298.15", description = "freq: temperature in K.")
    double temperatureK;

    @Option(names = "--pressure", paramLabel = "P", defaultValue = "1.0", description = "freq: pressure in atm.")
    double pressureAtm;

    @Option(names = "--intensity-model", paramLabel = "MODEL", defaultValue = "qeq", description = "freq: qeq, eem or fixed-mmff94.")
    String intensityModel;

    @Option(names = "--raman", description = "freq: Raman activities too.")
    boolean raman;

    @Override
    public Integer call() {
        String j = job.toLowerCase(Locale.ROOT);
        if (!BatchSpec.JOBS.contains(j)) throw new ParameterException(spec.commandLine(), "unknown JOB '" + job + "' (energy, optimize, freq, charges)");
        if (fmax != null && !(fmax > 0)) throw new ParameterException(spec.commandLine(), "--fmax must be positive");
        if (maxIterations < 0) throw new ParameterException(spec.commandLine(), "--max-iterations must be >= 0");
        if (!(temperatureK > 0) || !(pressureAtm > 0)) throw new ParameterException(spec.commandLine(), "--temperature and --pressure must be positive");
        String optimizerMethod = "auto", chargeMethod = "qeq";
        if (method != null) {
            String m = method.toLowerCase(Locale.ROOT);
            if (j.equals("charges")) {
                if (!List.of("qeq", "eem", "mmff94").contains(m)) throw new ParameterException(spec.commandLine(), "--method for charges: qeq, eem or mmff94");
                chargeMethod = m;
            } else {
                if (!List.of("auto", "rfo", "lbfgs", "l-bfgs").contains(m)) throw new ParameterException(spec.commandLine(), "--method: auto, rfo or lbfgs");
                optimizerMethod = m;
            }
        }
        String intensity = intensityModel.toLowerCase(Locale.ROOT);
        if (!List.of("qeq", "eem", "fixed-mmff94").contains(intensity))
            throw new ParameterException(spec.commandLine(), "--intensity-model: qeq, eem or fixed-mmff94");
        if (raman && intensity.equals("fixed-mmff94"))
            throw new ParameterException(spec.commandLine(), "--raman needs a polarizable intensity model (qeq or eem)");
        BatchSpec batch;
        try {
            batch = new BatchSpec(j, inputs, output, master, limit, sample, jsonLines,
                    chunkBytes == null ? BatchSpec.DEFAULT_CHUNK_BYTES : chunkBytes, model, addHydrogens,
                    fmax == null ? Double.NaN : fmax, maxIterations, optimizerMethod, !noOptimization, temperatureK, pressureAtm,
                    intensity, raman, chargeMethod, smilesColumn, molblockColumn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, BatchCommand.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            spec.commandLine().getErr().println("curvature batch: Apache Spark is not on the class path: run it through bin/curvature"
                    + " (which adds target/batch-lib after `mvn package`) or spark-submit");
            return Main.USAGE;
        }
        // started directly (not by spark-submit, which sets spark.master): warnings only on the console
        if (System.getProperty("spark.master") == null && System.getProperty("log4j2.configurationFile") == null)
            System.setProperty("log4j2.configurationFile", "dev/curvature/batch/log4j2-batch.properties");
        return dev.curvature.batch.BatchRunner.run(batch, new PrintStream(System.out, true), new PrintStream(System.err, true));
    }
}

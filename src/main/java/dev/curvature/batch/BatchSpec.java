package dev.curvature.batch;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a batch needs, as plain values so Spark can ship it to executors: the job, its
 * inputs and output, the Spark master, and the job's options exactly as the single-machine
 * command takes them.
 *
 * @param job              energy, optimize, freq or charges
 * @param inputs           files, directories or globs
 * @param output           output directory (Parquet tables under it)
 * @param master           Spark master URL; null: local[*] unless spark-submit set one
 * @param limit            process only the first N records of the plan (0: all)
 * @param sample           keep each record with this probability, decided by a hash of its source and number (1: all)
 * @param jsonLines        also write the rows as JSON lines
 * @param chunkBytes       target size of an input chunk
 * @param model            energy model id ("auto", "mmff94", ...)
 * @param addHydrogens     add missing hydrogens when reading
 * @param fmax             the optimizers' largest-force threshold, kcal/mol/Å (the CLI's --fmax); NaN for the default
 * @param maxIterations    optimizer iteration limit
 * @param optimizerMethod  auto, rfo or lbfgs
 * @param optimize         freq: optimize first (the CLI's --no-opt negated)
 * @param temperatureK     freq: thermochemistry temperature
 * @param pressureAtm      freq: thermochemistry pressure
 * @param intensityModel   freq: qeq, eem or fixed-mmff94
 * @param raman            freq: Raman activities too
 * @param chargeMethod     charges: qeq, eem or mmff94
 * @param smilesColumn     Parquet inputs: the SMILES column (null: found by name)
 * @param molblockColumn   Parquet inputs: the molblock column (null: found by name)
 */
public record BatchSpec(String job, List<String> inputs, String output, String master, long limit, double sample,
                        boolean jsonLines, long chunkBytes,
                        String model, boolean addHydrogens, double fmax, int maxIterations, String optimizerMethod,
                        boolean optimize, double temperatureK, double pressureAtm, String intensityModel, boolean raman,
                        String chargeMethod, String smilesColumn, String molblockColumn) implements Serializable {

    public static final List<String> JOBS = List.of("energy", "optimize", "freq", "charges");
    /** Default chunk: 32 MiB of SDF is roughly 10⁴ drug-like records. */
    public static final long DEFAULT_CHUNK_BYTES = 32L << 20;

    public BatchSpec {
        if (!JOBS.contains(job)) throw new IllegalArgumentException("unknown job '" + job + "' (" + String.join(", ", JOBS) + ")");
        inputs = List.copyOf(inputs);
        if (limit < 0) throw new IllegalArgumentException("--limit must be >= 0");
        if (!(sample > 0 && sample <= 1)) throw new IllegalArgumentException("--sample must be in (0, 1]");
        if (chunkBytes < 1024) throw new IllegalArgumentException("--chunk-size must be at least 1024 bytes");
        if (smilesColumn != null && molblockColumn != null)
            throw new IllegalArgumentException("--smiles-column and --molblock-column exclude each other");
    }

    /** The options that decide the results (not where they go): a rerun must match them. */
    String resultDefiningOptions() {
        return String.join(" ", job, "model=" + model, "addH=" + addHydrogens, "fmax=" + fmax, "maxit=" + maxIterations,
                "method=" + optimizerMethod, "opt=" + optimize, "T=" + temperatureK, "P=" + pressureAtm,
                "intensity=" + intensityModel, "raman=" + raman, "charges=" + chargeMethod,
                "limit=" + limit, "sample=" + sample, "chunk=" + chunkBytes,
                "smiles-column=" + smilesColumn, "molblock-column=" + molblockColumn);
    }
}

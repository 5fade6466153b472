package dev.curvature.cli;

import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureWriter;
import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.workflow.MlCrossValidation;
import dev.curvature.workflow.MlTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature train}: fits a linear learned potential to extended-XYZ energies, forces and stresses. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Fit a learned potential (linear in body-order-3 cluster-expansion descriptors) to extended XYZ frames",
                "with energy (eV), forces (eV/Å) and stress (eV/Å³, ASE sign: positive under tension) or virial (eV).",
                "Frames are used for whatever they carry. Use the model with --model ml:MODEL.json."})
final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "Training frames (.extxyz).")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL.json", required = true, description = "Model file to write.")
    Path output;

    @Option(names = "--test", paramLabel = "TEST", description = "Held-out frames: their errors are reported and stored in the model.")
    Path test;

    @Option(names = "--energy-weight", paramLabel = "W", description = "Multiplier of energy rows (residual per atom in units of 2 meV/atom). Default 1.")
    double energyWeight = 1;

    @Option(names = "--force-weight", paramLabel = "W", description = "Multiplier of force rows (residual in units of 50 meV/Å). Default 1.")
    double forceWeight = 1;

    @Option(names = "--stress-weight", paramLabel = "W", description = "Multiplier of stress rows (residual in units of 0.1 GPa). Default 1.")
    double stressWeight = 1;

    @Option(names = "--cutoff", paramLabel = "Å", description = "Descriptor cutoff (Å). Default " + MlTraining.DEFAULT_CUTOFF + ".")
    double cutoff = MlTraining.DEFAULT_CUTOFF;

    @Option(names = "--basis", paramLabel = "SIZE", description = "Radial functions (two-body; three-body uses SIZE-2). Default " + MlTraining.DEFAULT_RADIAL + ".")
    int basis = MlTraining.DEFAULT_RADIAL;

    @Option(names = "--lmax", paramLabel = "L", description = "Highest Legendre order of the three-body angular part. Default " + MlTraining.DEFAULT_LMAX + ".")
    int lmax = MlTraining.DEFAULT_LMAX;

    @Option(names = "--ridge", paramLabel = "R", description = "Ridge damping relative to the largest squared singular value of the column-scaled design. Default " + MlTraining.DEFAULT_RIDGE + ".")
    double ridge = MlTraining.DEFAULT_RIDGE;

    @Option(names = "--quadratic", description = "Energy also quadratic in each atom's descriptors (as qSNAP): K(K+1)/2 more parameters per element, K = features per atom; use a small --basis/--lmax.")
    boolean quadratic;

    @Option(names = "--cv", paramLabel = "K", description = "Choose the hyperparameters by K-fold cross-validation over the frames (shuffled with --cv-seed), then train on all frames with the best; the --cv-* lists give the candidates (default: ridge 1e-12,1e-10,1e-8,1e-6).")
    Integer cvFolds;

    @Option(names = "--cv-seed", paramLabel = "SEED", description = "Shuffle seed of the folds. Default 1.")
    long cvSeed = 1;

    @Option(names = "--cv-ridge", paramLabel = "R,R,...", split = ",") List<Double> cvRidge;
    @Option(names = "--cv-cutoff", paramLabel = "Å,Å,...", split = ",") List<Double> cvCutoff;
    @Option(names = "--cv-basis", paramLabel = "N,N,...", split = ",") List<Integer> cvBasis;
    @Option(names = "--cv-force-weight", paramLabel = "W,W,...", split = ",") List<Double> cvForceWeight;
    @Option(names = "--cv-stress-weight", paramLabel = "W,W,...", split = ",") List<Double> cvStressWeight;

    @Option(names = "--json", description = "Print the training record as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        MlTraining job;
        MlCrossValidation cv = null;
        try {
            if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                throw new IllegalArgumentException("-o must name a .json file");
            job = new MlTraining(cutoff, basis, lmax, energyWeight, forceWeight, stressWeight, ridge, quadratic);
            if (cvFolds != null) {
                boolean none = cvRidge == null && cvCutoff == null && cvBasis == null && cvForceWeight == null && cvStressWeight == null;
                cv = new MlCrossValidation(job, cvFolds, cvSeed, none ? List.of(1e-12, 1e-10, 1e-8, 1e-6) : cvRidge,
                        cvCutoff, cvBasis, cvForceWeight, cvStressWeight);
                for (double c : cv.cutoffs()) new MlTraining(c, basis, lmax, energyWeight, forceWeight, stressWeight, ridge, quadratic);
                for (int b : cv.bases()) new MlTraining(cutoff, b, lmax, energyWeight, forceWeight, stressWeight, ridge, quadratic);
            } else if (cvRidge != null || cvCutoff != null || cvBasis != null || cvForceWeight != null || cvStressWeight != null) {
                throw new IllegalArgumentException("--cv-* lists need --cv K");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            StructureWriter.checkNotAnInput(output, test == null ? List.of(data) : List.of(data, test));
            List<LabelledFrame> train = LabelledFrames.read(data);
            List<LabelledFrame> held = test == null ? List.of() : LabelledFrames.read(test);
            err.println("curvature train: " + data + ": " + MlTraining.describe(train));
            Map<String, Object> cvRecord = null;
            if (cv != null) {
                err.println("curvature train: " + cv.folds() + "-fold cross-validation (seed " + cv.seed() + "), held-out errors:");
                MlCrossValidation.Result r = cv.run(train, line -> { err.println("  " + line); err.flush(); });
                err.println("curvature train: chosen " + MlCrossValidation.line(r.best()));
                job = r.best().training();
                cvRecord = cv.toMap(r);
            }
            int total = train.size();
            MlTraining.Outcome o = job.run(train, held, sha256(data), data.getFileName().toString(), done -> {
                if (done == total || done % Math.max(1, total / 50) == 0) {
                    int bar = 30 * done / total;
                    err.print("\r[" + "#".repeat(bar) + " ".repeat(30 - bar) + "] " + done + "/" + total + " frames");
                    err.flush();
                }
            });
            err.println();
            if (cvRecord != null) o.training().put("cross_validation", cvRecord);
            o.write(output);
            if (json) out.println(Json.gson().toJson(o.training()));
            else out.print(o.text(output.toString(), String.valueOf(test)));
            out.flush();
            err.flush();
            return Main.OK;
        } catch (StructureInputException | IOException e) {
            err.println("curvature train: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        } catch (IllegalArgumentException e) {
            err.println("curvature train: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

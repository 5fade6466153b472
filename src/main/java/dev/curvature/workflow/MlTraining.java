package dev.curvature.workflow;

import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.ml.MlModel;
import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.ml.fit.ErrorReport;
import dev.curvature.ml.fit.FitWeights;
import dev.curvature.ml.fit.LinearTrainer;
import dev.curvature.ml.fit.TrainingFrame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * The training workflow behind {@code curvature train}: maps frames to a basis over every element
 * they contain, fits, and returns the model with its metadata (data hash, counts of frames with
 * each property, weights, condition number, training and test errors, time).
 *
 * @param cutoff  Å
 * @param radial  radial functions for the two-body part (the three-body part uses radial − 2, at least 2)
 * @param lmax    highest Legendre order
 * @param ridge   Tikhonov damping relative to the largest squared singular value of the scaled design
 * @param quadratic energy also quadratic in each atom's features (qSNAP-like; K(K+1)/2 more parameters per element)
 */
public record MlTraining(double cutoff, int radial, int lmax, FitWeights weights, double ridge, boolean quadratic) {
    public static final double DEFAULT_CUTOFF = 4.5;
    public static final int DEFAULT_RADIAL = 8;
    public static final int DEFAULT_LMAX = 4;
    public static final double DEFAULT_RIDGE = 1e-10;

    public MlTraining {
        if (!(cutoff >= 1.5 && cutoff <= 12)) throw new IllegalArgumentException("--cutoff must be 1.5..12 Å, got " + cutoff);
        if (radial < 2 || radial > 24) throw new IllegalArgumentException("--basis must be 2..24, got " + radial);
        if (lmax < 0 || lmax > 12) throw new IllegalArgumentException("--lmax must be 0..12, got " + lmax);
        if (!(ridge >= 0 && ridge < 1)) throw new IllegalArgumentException("--ridge must be in [0, 1), got " + ridge);
    }

    /** The basis over these elements. */
    public BasisSpec basis(List<String> elements) {
        return new BasisSpec(elements, cutoff, radial, Math.max(2, radial - 2), lmax, quadratic);
    }

    /** What the data holds: frames and how many carry each property. */
    public static Map<String, Object> summary(List<LabelledFrame> frames) {
        int e = 0, f = 0, s = 0, atoms = 0, periodic = 0;
        for (LabelledFrame fr : frames) {
            if (fr.hasEnergy()) e++;
            if (fr.hasForces()) f++;
            if (fr.hasStress()) s++;
            if (fr.structure().isPeriodic()) periodic++;
            atoms += fr.atomCount();
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("frames", frames.size());
        o.put("atoms", atoms);
        o.put("periodic_frames", periodic);
        o.put("with_energy", e);
        o.put("with_forces", f);
        o.put("with_stress", s);
        return o;
    }

    public static List<String> elements(List<LabelledFrame> frames) {
        TreeSet<String> el = new TreeSet<>();
        for (LabelledFrame f : frames) for (int i = 0; i < f.atomCount(); i++) el.add(f.structure().element(i).symbol());
        return new ArrayList<>(el);
    }

    public static List<TrainingFrame> map(List<LabelledFrame> frames, BasisSpec spec) {
        List<TrainingFrame> out = new ArrayList<>();
        for (LabelledFrame f : frames) out.add(TrainingFrame.of(f, spec));
        return out;
    }

    /** Weights as the command line gives them: multipliers of energy, force and stress rows. */
    public MlTraining(double cutoff, int radial, int lmax, double energyWeight, double forceWeight, double stressWeight, double ridge, boolean quadratic) {
        this(cutoff, radial, lmax, new FitWeights(energyWeight, forceWeight, stressWeight), ridge, quadratic);
    }

    /** The same settings with other weights (learning curves, cross-validation). */
    public MlTraining with(FitWeights w) { return new MlTraining(cutoff, radial, lmax, w, ridge, quadratic); }

    /** The trained model and its reports. */
    public record Outcome(MlModel model, LinearTrainer.Fit fit, ErrorReport trainErrors, ErrorReport testErrors, double seconds) {
        /** Writes the model file (atomically). */
        public void write(java.nio.file.Path file) throws java.io.IOException { model.write(file); }

        /** The training metadata stored in the model (JSON-ready). */
        public Map<String, Object> training() { return model.training(); }

        /** The text report: size, rank, condition number, rows, training and test error tables. */
        public String text(String modelName, String testName) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(java.util.Locale.ROOT, "model: %s (%d parameters, rank %d, condition number %.3g; %.3g with ridge), fitted in %.2f s%n",
                    modelName, model.basis().parameterCount(), fit.solution().rank(), fit.solution().condition(),
                    fit.solution().conditionWithRidge(), seconds));
            sb.append(String.format("rows: %d energy, %d force, %d stress%n", fit.energyRows(), fit.forceRows(), fit.stressRows()));
            sb.append("training errors:\n").append(trainErrors.table());
            if (testErrors != null) sb.append("test errors (").append(testName).append("):\n").append(testErrors.table());
            return sb.toString();
        }
    }

    /** One line: frames, atoms and how many frames carry each property. */
    public static String describe(List<LabelledFrame> frames) {
        Map<String, Object> s = summary(frames);
        return s.get("frames") + " frames (" + s.get("atoms") + " atoms, " + s.get("periodic_frames") + " periodic): "
                + s.get("with_energy") + " with energy, " + s.get("with_forces") + " with forces, " + s.get("with_stress") + " with stress";
    }

    /**
     * @param test     held-out frames (may be empty)
     * @param dataHash SHA-256 of the training file(s), recorded in the model
     */
    public Outcome run(List<LabelledFrame> train, List<LabelledFrame> test, String dataHash, String source, IntConsumer progress) {
        long t0 = System.nanoTime();
        BasisSpec spec = basis(elements(train));
        List<TrainingFrame> tr = map(train, spec);
        List<TrainingFrame> te = map(test, spec);
        LinearTrainer.Fit fit = LinearTrainer.fit(spec, tr, weights, ridge, progress);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        MlModel provisional = new MlModel(spec, fit.theta(), Map.of(), source);
        ErrorReport trainErr = ErrorReport.of(provisional, tr);
        ErrorReport testErr = te.isEmpty() ? null : ErrorReport.of(provisional, te);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("data_sha256", dataHash);
        meta.put("data", summary(train));
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("energy", weights.energy());
        w.put("force", weights.force());
        w.put("stress", weights.stress());
        w.put("residual_units", Map.of("energy", FitWeights.ENERGY_UNIT + " eV/atom", "force", FitWeights.FORCE_UNIT + " eV/angstrom",
                "stress", FitWeights.STRESS_UNIT_GPA + " GPa"));
        meta.put("weights", w);
        meta.put("ridge_relative", ridge);
        meta.put("rows", Map.of("energy", fit.energyRows(), "force", fit.forceRows(), "stress", fit.stressRows()));
        meta.put("parameters", spec.parameterCount());
        meta.put("rank", fit.solution().rank());
        meta.put("condition_number", fit.solution().condition());
        meta.put("condition_number_with_ridge", fit.solution().conditionWithRidge());
        meta.put("training_errors", trainErr.toMap());
        if (testErr != null) meta.put("test_errors", testErr.toMap());
        meta.put("fit_seconds", seconds);
        return new Outcome(new MlModel(spec, fit.theta(), meta, source), fit, trainErr, testErr, seconds);
    }
}

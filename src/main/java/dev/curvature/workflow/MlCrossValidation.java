package dev.curvature.workflow;

import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.ml.MlModel;
import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.ml.fit.ErrorReport;
import dev.curvature.ml.fit.FitWeights;
import dev.curvature.ml.fit.LinearTrainer;
import dev.curvature.ml.fit.TrainingFrame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * k-fold cross-validation over configurations (frames shuffled with a fixed seed, so a run is
 * reproducible) of the ridge, cutoff, basis size and force/stress weights. Every candidate is
 * scored on the held-out folds by one number that does not depend on the weights being compared:
 * (E_rmse / 2 meV/atom)² + (F_rmse / 50 meV/Å)² + (S_rmse / 0.1 GPa)², the same accuracy units
 * that make the fit's rows comparable ({@link FitWeights}); a property no frame carries adds 0.
 * All ridge values of one candidate come from one factorisation per fold.
 */
public record MlCrossValidation(MlTraining base, int folds, long seed, List<Double> ridges, List<Double> cutoffs,
                                List<Integer> bases, List<Double> forceWeights, List<Double> stressWeights) {
    public MlCrossValidation {
        if (folds < 2) throw new IllegalArgumentException("--cv needs at least 2 folds, got " + folds);
        ridges = orDefault(ridges, base.ridge());
        cutoffs = orDefault(cutoffs, base.cutoff());
        bases = orDefault(bases, base.radial());
        forceWeights = orDefault(forceWeights, base.weights().force());
        stressWeights = orDefault(stressWeights, base.weights().stress());
        for (double r : ridges) if (!(r >= 0 && r < 1)) throw new IllegalArgumentException("--cv-ridge values must be in [0, 1), got " + r);
    }

    private static <T> List<T> orDefault(List<T> values, T fallback) {
        return values == null || values.isEmpty() ? List.of(fallback) : List.copyOf(values);
    }

    /** One candidate: its settings and mean validation errors over the folds. */
    public record Candidate(MlTraining training, double energyRmse, double forceRmse, double stressRmse, double score) {}

    /** Every candidate, and the best (lowest score). */
    public record Result(List<Candidate> candidates, Candidate best) {}

    public Result run(List<LabelledFrame> frames, java.util.function.Consumer<String> progress) {
        if (frames.size() < folds) throw new IllegalArgumentException("--cv " + folds + " needs at least " + folds + " frames, the data have " + frames.size());
        List<LabelledFrame> order = new ArrayList<>(frames);
        Collections.shuffle(order, new Random(seed));
        double[] ridge = ridges.stream().mapToDouble(Double::doubleValue).toArray();
        List<Candidate> out = new ArrayList<>();
        for (double cutoff : cutoffs)
            for (int radial : bases)
                for (double fw : forceWeights)
                    for (double sw : stressWeights) {
                        FitWeights w = new FitWeights(base.weights().energy(), fw, sw);
                        MlTraining t = new MlTraining(cutoff, radial, base.lmax(), w, base.ridge(), base.quadratic());
                        BasisSpec spec = t.basis(MlTraining.elements(frames));
                        double[][] sums = new double[ridge.length][3];   // squared-error sums and counts per property
                        long[][] counts = new long[ridge.length][3];
                        for (int k = 0; k < folds; k++) {
                            List<LabelledFrame> train = new ArrayList<>(), held = new ArrayList<>();
                            for (int i = 0; i < order.size(); i++) (i % folds == k ? held : train).add(order.get(i));
                            List<TrainingFrame> tr = MlTraining.map(train, spec), te = MlTraining.map(held, spec);
                            List<LinearTrainer.Fit> fits = LinearTrainer.fit(spec, tr, w, ridge, null);
                            for (int r = 0; r < ridge.length; r++) {
                                ErrorReport e = ErrorReport.of(new MlModel(spec, fits.get(r).theta(), Map.of(), "cv"), te);
                                accumulate(sums[r], counts[r], e.overall);
                            }
                        }
                        for (int r = 0; r < ridge.length; r++) {
                            double er = rms(sums[r][0], counts[r][0]), fr = rms(sums[r][1], counts[r][1]), sr = rms(sums[r][2], counts[r][2]);
                            double score = sq(er / (1000 * FitWeights.ENERGY_UNIT)) + sq(fr / (1000 * FitWeights.FORCE_UNIT)) + sq(sr / FitWeights.STRESS_UNIT_GPA);
                            MlTraining chosen = new MlTraining(cutoff, radial, base.lmax(), w, ridge[r], base.quadratic());
                            Candidate c = new Candidate(chosen, er, fr, sr, score);
                            out.add(c);
                            if (progress != null) progress.accept(line(c));
                        }
                    }
        Candidate best = out.get(0);
        for (Candidate c : out) if (c.score() < best.score()) best = c;
        return new Result(out, best);
    }

    private static void accumulate(double[] sums, long[] counts, ErrorReport.Group g) {
        ErrorReport.Stat[] s = {g.energy(), g.force(), g.stress()};
        for (int p = 0; p < 3; p++)
            if (s[p].count() > 0) {
                sums[p] += sq(s[p].rmse()) * s[p].count();
                counts[p] += s[p].count();
            }
    }

    private static double rms(double sum, long n) { return n == 0 ? 0 : Math.sqrt(sum / n); }

    private static double sq(double v) { return v * v; }

    /** One line per candidate: settings, validation RMSEs, score. */
    public static String line(Candidate c) {
        MlTraining t = c.training();
        return String.format(Locale.ROOT, "cutoff %.2f basis %2d force-weight %-5g stress-weight %-5g ridge %-8.1e | E %8.3f meV/atom  F %8.2f meV/Å  S %7.4f GPa | score %.4g",
                t.cutoff(), t.radial(), t.weights().force(), t.weights().stress(), t.ridge(), c.energyRmse(), c.forceRmse(), c.stressRmse(), c.score());
    }

    /** JSON-ready record of the search (stored in the model's training metadata). */
    public Map<String, Object> toMap(Result r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("folds", folds);
        o.put("seed", seed);
        o.put("score", "(E_rmse/2 meV/atom)^2 + (F_rmse/50 meV/angstrom)^2 + (S_rmse/0.1 GPa)^2 on held-out folds");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Candidate c : r.candidates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cutoff_angstrom", c.training().cutoff());
            m.put("basis", c.training().radial());
            m.put("force_weight", c.training().weights().force());
            m.put("stress_weight", c.training().weights().stress());
            m.put("ridge_relative", c.training().ridge());
            m.put("energy_rmse_mev_per_atom", c.energyRmse());
            m.put("force_rmse_mev_per_angstrom", c.forceRmse());
            m.put("stress_rmse_gpa", c.stressRmse());
            m.put("score", c.score());
            rows.add(m);
        }
        o.put("candidates", rows);
        o.put("chosen", rows.get(r.candidates().indexOf(r.best())));
        return o;
    }
}

package dev.curvature.workflow;

import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.io.plots.LearningCurvePlot;
import dev.curvature.ml.fit.ErrorReport;
import dev.curvature.ml.fit.FitWeights;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains on growing subsets of the data (a fixed shuffled order, so each subset contains the
 * smaller ones) with energies only, energies + forces, and energies + forces + stress, and reports
 * the held-out errors and, given a crystal, the learned model's relaxed-ion C11, C12, C44 (cell
 * relaxed first) — what each kind of observation buys at equal numbers of configurations.
 */
public record MlLearningCurve(MlTraining base, List<Integer> sizes, long seed) {
    public enum Mode {
        E(new FitWeights(1, 0, 0)), EF(new FitWeights(1, 1, 0)), EFS(new FitWeights(1, 1, 1));
        final FitWeights weights;
        Mode(FitWeights w) { weights = w; }
    }

    /**
     * One point: mode, frames, test errors, and C11/C12/C44 (GPa) or null; cijFailure says why
     * they are missing when the learned model could not be relaxed (an energy-only fit can be that bad).
     */
    public record Point(Mode mode, int frames, ErrorReport test, double[] cij, String cijFailure) {}

    public List<Point> run(List<LabelledFrame> train, List<LabelledFrame> test, Structure crystal) throws CrystalJobException {
        List<LabelledFrame> order = new ArrayList<>(train);
        Collections.shuffle(order, new Random(seed));
        List<Point> out = new ArrayList<>();
        for (int n : sizes) {
            List<LabelledFrame> subset = order.subList(0, Math.min(n, order.size()));
            for (Mode m : Mode.values()) {
                MlTraining t = base.with(m.weights);
                MlTraining.Outcome o = t.run(subset, test, "", "learning-curve", null);
                double[] cij = null;
                String failure = null;
                if (crystal != null) {
                    try {
                        cij = cubicConstants(crystal, CrystalModel.of(o.model()));
                    } catch (java.util.concurrent.CancellationException e) {
                        throw e;
                    } catch (CrystalJobException | IllegalStateException | IllegalArgumentException e) {
                        failure = e.getMessage();   // this point has no C_ij; the curve goes on
                    }
                }
                out.add(new Point(m, subset.size(), o.testErrors(), cij, failure));
            }
        }
        return out;
    }

    /** Relaxed-ion C11, C12, C44 (GPa) of a crystal under a model, cell relaxed to zero stress first. */
    public static double[] cubicConstants(Structure crystal, CrystalModel model) throws CrystalJobException {
        double[][] c = new ElasticAnalysis(new int[] {1, 1, 1}, true, 0.0, false, 1e-4).run(crystal, model).result().relaxed().matrix();
        return new double[] {c[0][0], c[0][1], c[3][3]};
    }

    /** A text table, with errors of C_ij in % against ref (may be null). */
    public static String table(List<Point> points, double[] ref) {
        StringBuilder sb = new StringBuilder(String.format("%-4s %7s %12s %12s %10s %26s%n", "obs", "frames", "E meV/atom", "F meV/Å", "S GPa", "C11 C12 C44 GPa (err %)"));
        if (ref != null) sb.append(String.format(java.util.Locale.ROOT, "%-4s %7s %12s %12s %10s %8.2f %8.2f %8.2f%n", "ref", "", "", "", "", ref[0], ref[1], ref[2]));
        for (Point p : points) {
            String c = "";
            if (p.cij() != null) {
                c = String.format(java.util.Locale.ROOT, "%8.2f %8.2f %8.2f", p.cij()[0], p.cij()[1], p.cij()[2]);
                if (ref != null) c += String.format(java.util.Locale.ROOT, "  (%+.1f %+.1f %+.1f)", pct(p.cij()[0], ref[0]), pct(p.cij()[1], ref[1]), pct(p.cij()[2], ref[2]));
            } else if (p.cijFailure() != null) c = "no C_ij: " + p.cijFailure();
            sb.append(String.format(java.util.Locale.ROOT, "%-4s %7d %12.3f %12.2f %10.4f %s%n", p.mode(), p.frames(), p.test().overall.energy().rmse(),
                    p.test().overall.force().rmse(), p.test().overall.stress().rmse(), c));
        }
        return sb.toString();
    }

    private static double pct(double v, double ref) { return 100 * (v - ref) / ref; }

    /**
     * The learning curves as a plot: test energy, force and stress RMSE against training
     * configurations per kind of observations, and with a crystal the learned relaxed-ion C11, C12,
     * C44's |error| against ref (%) — or, without ref, the constants themselves (GPa).
     */
    public static LearningCurvePlot plot(List<Point> points, double[] ref) {
        List<LearningCurvePlot.Panel> panels = new ArrayList<>();
        panels.add(panel(points, "Test energy RMSE", "meV/atom", p -> p.test().overall.energy().rmse()));
        panels.add(panel(points, "Test force RMSE", "meV/Å", p -> p.test().overall.force().rmse()));
        panels.add(panel(points, "Test stress RMSE", "GPa", p -> p.test().overall.stress().rmse()));
        String[] names = {"C11", "C12", "C44"};
        for (int c = 0; c < 3; c++) {
            int k = c;
            if (ref != null)
                panels.add(panel(points, "Relaxed-ion " + names[c] + " vs reference " + String.format(java.util.Locale.ROOT, "%.2f GPa", ref[c]),
                        "|error| (%)", p -> p.cij() == null ? Double.NaN : Math.abs(pct(p.cij()[k], ref[k]))));
            else
                panels.add(panel(points, "Relaxed-ion " + names[c], "GPa", p -> p.cij() == null ? Double.NaN : p.cij()[k]));
        }
        return LearningCurvePlot.of(panels);
    }

    private static LearningCurvePlot.Panel panel(List<Point> points, String title, String unit, java.util.function.ToDoubleFunction<Point> value) {
        List<LearningCurvePlot.Line> lines = new ArrayList<>();
        for (Mode m : Mode.values()) {
            List<Point> mine = points.stream().filter(p -> p.mode() == m).toList();
            double[] x = new double[mine.size()], y = new double[mine.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = mine.get(i).frames();
                y[i] = value.applyAsDouble(mine.get(i));
            }
            lines.add(new LearningCurvePlot.Line(label(m), x, y));
        }
        return new LearningCurvePlot.Panel(title, unit.startsWith("|") ? unit : title.startsWith("Test") ? "RMSE (" + unit + ")" : unit, lines);
    }

    /** How a kind of observations is named for people. */
    static String label(Mode m) {
        return switch (m) {
            case E -> "energies";
            case EF -> "energies + forces";
            case EFS -> "energies + forces + stress";
        };
    }

    /** JSON-ready rows. */
    public static List<Map<String, Object>> rows(List<Point> points) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Point p : points) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("observations", p.mode().name());
            r.put("frames", p.frames());
            r.put("test_energy_rmse_mev_per_atom", p.test().overall.energy().rmse());
            r.put("test_force_rmse_mev_per_angstrom", p.test().overall.force().rmse());
            r.put("test_stress_rmse_gpa", p.test().overall.stress().rmse());
            if (p.cij() != null) r.put("relaxed_c11_c12_c44_gpa", p.cij());
            if (p.cijFailure() != null) r.put("relaxed_cij_failure", p.cijFailure());
            rows.add(r);
        }
        return rows;
    }
}

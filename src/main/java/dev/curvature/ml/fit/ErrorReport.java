package dev.curvature.ml.fit;

import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.ml.MlModel;
import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors of a model against labelled frames, evaluated through the model's {@link Potential} (the
 * same code every analysis uses): energy per atom (meV/atom), force components (meV/Å) and stress
 * components (GPa, Voigt six), RMSE and MAE overall and per config_type, with the parity pairs.
 */
public final class ErrorReport {
    /** Running RMSE/MAE of one property; reference/predicted pairs kept for parity plots. */
    public static final class Stat {
        private double sq, abs;
        private long n;
        public final List<double[]> pairs = new ArrayList<>();
        void add(double ref, double pred) {
            double d = pred - ref;
            sq += d * d;
            abs += Math.abs(d);
            n++;
            pairs.add(new double[] {ref, pred});
        }
        public long count() { return n; }
        public double rmse() { return n == 0 ? Double.NaN : Math.sqrt(sq / n); }
        public double mae() { return n == 0 ? Double.NaN : abs / n; }
    }

    /** Energy (meV/atom), force (meV/Å), stress (GPa) statistics of one group of frames. */
    public record Group(Stat energy, Stat force, Stat stress) {
        Group() { this(new Stat(), new Stat(), new Stat()); }
    }

    public final Group overall = new Group();
    public final Map<String, Group> byConfigType = new LinkedHashMap<>();

    private static final int[][] VOIGT = {{0, 0}, {1, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};

    public static ErrorReport of(MlModel model, List<TrainingFrame> frames) {
        ErrorReport r = new ErrorReport();
        for (TrainingFrame tf : frames) r.add(model.potential(tf.types()), tf.frame());
        return r;
    }

    private void add(Potential p, LabelledFrame f) {
        int n = f.atomCount();
        Results res = f.hasStress() ? Results.request(n, Property.GRADIENT, Property.STRAIN_DERIVATIVE)
                : Results.request(n, Property.GRADIENT);
        p.compute(new Configuration(f.structure().positions(), f.structure().cell(), 0, 1, null), res, null);
        Group g = byConfigType.computeIfAbsent(f.configType(), k -> new Group());
        if (f.hasEnergy()) {
            double ref = 1000 * f.energy() / n, pred = 1000 * res.energy() / n;
            overall.energy.add(ref, pred);
            g.energy.add(ref, pred);
        }
        if (f.hasForces())
            for (int a = 0; a < 3 * n; a++) {
                double ref = 1000 * f.forces()[a], pred = -1000 * res.gradient()[a];
                overall.force.add(ref, pred);
                g.force.add(ref, pred);
            }
        if (f.hasStress()) {
            double v = f.structure().cell().volume(), k = FitWeights.EV_PER_A3_IN_GPA;
            double[] sd = res.strainDerivative();
            for (int[] vv : VOIGT) {
                int ab = 3 * vv[0] + vv[1], ba = 3 * vv[1] + vv[0];
                double ref = k * 0.5 * (f.stress()[ab] + f.stress()[ba]), pred = k * 0.5 * (sd[ab] + sd[ba]) / v;
                overall.stress.add(ref, pred);
                g.stress.add(ref, pred);
            }
        }
    }

    /** JSON-ready record: per group, per property, rmse/mae/count with units. */
    public Map<String, Object> toMap() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("units", Map.of("energy", "meV/atom", "forces", "meV/angstrom (per component)", "stress", "GPa (per Voigt component)"));
        o.put("overall", groupMap(overall));
        Map<String, Object> by = new LinkedHashMap<>();
        byConfigType.forEach((k, g) -> by.put(k, groupMap(g)));
        o.put("by_config_type", by);
        return o;
    }

    private static Map<String, Object> groupMap(Group g) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("energy", statMap(g.energy));
        o.put("forces", statMap(g.force));
        o.put("stress", statMap(g.stress));
        return o;
    }

    private static Map<String, Object> statMap(Stat s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("count", s.count());
        if (s.count() > 0) {
            o.put("rmse", s.rmse());
            o.put("mae", s.mae());
        }
        return o;
    }

    /** A text table: one line per group. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-16s %8s %22s %22s %22s%n", "config_type", "frames",
                "energy meV/atom", "forces meV/Å", "stress GPa"));
        sb.append(String.format("%-16s %8s %11s %10s %11s %10s %11s %10s%n", "", "", "RMSE", "MAE", "RMSE", "MAE", "RMSE", "MAE"));
        line(sb, "overall", overall);
        byConfigType.forEach((k, g) -> line(sb, k, g));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, Group g) {
        sb.append(String.format(java.util.Locale.ROOT, "%-16s %8d %11s %10s %11s %10s %11s %10s%n", name,
                Math.max(g.energy.count(), g.stress.count() / 6),
                f(g.energy.rmse(), 3), f(g.energy.mae(), 3), f(g.force.rmse(), 2), f(g.force.mae(), 2), f(g.stress.rmse(), 4), f(g.stress.mae(), 4)));
    }

    private static String f(double v, int digits) {
        return Double.isNaN(v) ? "-" : String.format(java.util.Locale.ROOT, "%." + digits + "f", v);
    }
}

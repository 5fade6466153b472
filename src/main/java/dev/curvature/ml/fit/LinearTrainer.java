package dev.curvature.ml.fit;

import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.ml.descriptor.FrameDescriptors;
import dev.curvature.io.crystal.LabelledFrame;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Fits a potential linear in its parameters (reference energy per element plus coefficients per
 * central element of the features and, for the quadratic model, of their products) to energies, forces and stresses in one weighted least-squares problem: per frame one
 * energy-per-atom row, 3N force rows (F = −Σ θ ∂D/∂x) and six stress rows (σ = (1/V) Σ θ ∂D/∂ε,
 * Voigt xx yy zz yz xz xy), each weighted by {@link FitWeights}. Frames contribute whichever of
 * the three they carry.
 */
public final class LinearTrainer {
    private static final int[][] VOIGT = {{0, 0}, {1, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};

    /** What went into the fit and what came out. */
    public record Fit(double[] theta, IncrementalLeastSquares.Solution solution, long energyRows, long forceRows, long stressRows) {}

    private LinearTrainer() {}

    /**
     * @param progress called with the number of frames done (may be null)
     */
    public static Fit fit(BasisSpec spec, List<TrainingFrame> frames, FitWeights w, double ridge, IntConsumer progress) {
        return fit(spec, frames, w, new double[] {ridge}, progress).get(0);
    }

    /**
     * One fit per ridge value from a single pass over the data: the triangular factor is built once
     * and solved for each ridge (cross-validation over the ridge costs one SVD per value).
     */
    public static List<Fit> fit(BasisSpec spec, List<TrainingFrame> frames, FitWeights w, double[] ridges, IntConsumer progress) {
        int s = spec.species(), nf = spec.columns(), pc = spec.parameterCount();
        IncrementalLeastSquares ls = new IncrementalLeastSquares(pc);
        double[] row = new double[pc];
        long er = 0, fr = 0, sr = 0;
        int done = 0;
        for (TrainingFrame tf : frames) {
            LabelledFrame f = tf.frame();
            boolean useE = f.hasEnergy() && w.energy() > 0, useF = f.hasForces() && w.force() > 0, useS = f.hasStress() && w.stress() > 0;
            if (!useE && !useF && !useS) { done++; continue; }
            FrameDescriptors d = FrameDescriptors.compute(spec, tf.types(), f.structure().positions(), f.structure().cell(), useF || useS);
            int n = f.atomCount(), n3 = 3 * n, cols = s * nf;
            if (useE) {
                double k = w.energyRow() / n;
                java.util.Arrays.fill(row, 0.0);
                for (int t = 0; t < s; t++) row[t] = k * d.counts[t];
                for (int c = 0; c < cols; c++) row[s + c] = k * d.sums[c];
                ls.addRow(row, k * f.energy());
                er++;
            }
            if (useF) {
                double k = w.forceRow();
                for (int a = 0; a < n3; a++) {
                    java.util.Arrays.fill(row, 0.0);
                    for (int c = 0; c < cols; c++) row[s + c] = -k * d.gradient[c * n3 + a];
                    ls.addRow(row, k * f.forces()[a]);
                    fr++;
                }
            }
            if (useS) {
                double k = w.stressRow() / f.structure().cell().volume();
                for (int[] v : VOIGT) {
                    java.util.Arrays.fill(row, 0.0);
                    int ab = 3 * v[0] + v[1], ba = 3 * v[1] + v[0];
                    for (int c = 0; c < cols; c++) row[s + c] = k * 0.5 * (d.strain[c * 9 + ab] + d.strain[c * 9 + ba]);
                    ls.addRow(row, w.stressRow() * 0.5 * (f.stress()[ab] + f.stress()[ba]));
                    sr++;
                }
            }
            done++;
            if (progress != null) progress.accept(done);
        }
        if (er + fr + sr == 0) throw new IllegalArgumentException("no frame has an energy, forces or stress the weights use");
        List<Fit> fits = new java.util.ArrayList<>();
        for (double ridge : ridges) {
            IncrementalLeastSquares.Solution sol = ls.solve(ridge);
            fits.add(new Fit(sol.theta(), sol, er, fr, sr));
        }
        return fits;
    }
}

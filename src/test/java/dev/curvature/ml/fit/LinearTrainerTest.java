package dev.curvature.ml.fit;

import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.ml.LinearMlPotential;
import dev.curvature.ml.QuadraticMlPotential;
import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.model.Configuration;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.potential.Crystals;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Data made by a known linear-in-descriptor function (and by a known quadratic one) is recovered to round-off, from energies,
 * forces and stresses together and from forces and stresses alone (the reference energy then
 * being unidentifiable and left at zero).
 */
class LinearTrainerTest {
    static final BasisSpec SI = new BasisSpec(List.of("Si"), 4.0, 5, 4, 3);

    /** Frames labelled by the linear model θ: rattled, randomly strained 8-atom Si cells. */
    static List<TrainingFrame> frames(double[] theta, int count, long seed) {
        return frames(new LinearMlPotential("truth", SI, new int[8], theta), count, seed);
    }

    /** Frames labelled by any Si potential of 8 atoms. */
    static List<TrainingFrame> frames(dev.curvature.model.Potential truth, int count, long seed) {
        Random r = new Random(seed);
        List<TrainingFrame> out = new ArrayList<>();
        int[] types = new int[8];
        Element[] el = new Element[8];
        java.util.Arrays.fill(el, Element.of("Si"));
        for (int k = 0; k < count; k++) {
            double[][] v = Crystals.cubic(5.43).vectorsAngstrom();
            for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) v[a][b] += 0.15 * r.nextGaussian();
            Cell cell = new Cell(v);
            double[] x = Crystals.rattle(Crystals.place(Crystals.diamondSites(), cell), 0.15, seed + k);
            Results res = Results.request(8, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
            truth.compute(Configuration.periodic(x, cell), res, null);
            double[] f = res.gradient().clone();
            for (int a = 0; a < f.length; a++) f[a] = -f[a];
            double[] s = res.strainDerivative().clone();
            for (int a = 0; a < 9; a++) s[a] /= cell.volume();
            Structure st = new Structure("f" + k, el, x, new int[8], List.of(), 0, cell);
            out.add(new TrainingFrame(new LabelledFrame(k + 1, st, res.energy(), f, s, "synthetic"), types));
        }
        return out;
    }

    @Test void recoversAKnownLinearModelToRoundOff() {
        Random r = new Random(11);
        double[] theta = new double[SI.parameterCount()];
        for (int k = 0; k < theta.length; k++) theta[k] = 0.05 * r.nextGaussian();
        theta[0] = -4.3;
        LinearTrainer.Fit fit = LinearTrainer.fit(SI, frames(theta, 8, 3), FitWeights.DEFAULT, 0.0, null);
        assertEquals(SI.parameterCount(), fit.solution().rank(), "every parameter is determined");
        assertTrue(fit.solution().condition() > 1 && Double.isFinite(fit.solution().condition()));
        double worst = 0;
        for (int k = 0; k < theta.length; k++) worst = Math.max(worst, Math.abs(fit.theta()[k] - theta[k]));
        assertTrue(worst < 1e-9 * fit.solution().condition(), "max parameter error " + worst + " at condition " + fit.solution().condition());
        assertTrue(fit.solution().residualNorm() < 1e-6, "residual " + fit.solution().residualNorm());
    }

    /** The quadratic model (products G_f G_g as further columns) is recovered the same way. */
    @Test void recoversAKnownQuadraticModelToRoundOff() {
        BasisSpec q = new BasisSpec(List.of("Si"), 4.0, 3, 2, 2, true);
        Random r = new Random(13);
        double[] theta = new double[q.parameterCount()];
        for (int k = 0; k < theta.length; k++) theta[k] = 0.05 * r.nextGaussian();
        theta[0] = -4.3;
        var fit = LinearTrainer.fit(q, frames(new QuadraticMlPotential("truth", q, new int[8], theta), 12, 7), FitWeights.DEFAULT, 0.0, null);
        assertEquals(q.parameterCount(), fit.solution().rank(), "every parameter is determined");
        double worst = 0;
        for (int k = 0; k < theta.length; k++) worst = Math.max(worst, Math.abs(fit.theta()[k] - theta[k]));
        assertTrue(worst < 1e-9 * fit.solution().condition(), "max parameter error " + worst + " at condition " + fit.solution().condition());
    }

    @Test void withoutEnergiesTheReferenceEnergyIsLeftOutAndTheRestRecovered() {
        Random r = new Random(12);
        double[] theta = new double[SI.parameterCount()];
        for (int k = 0; k < theta.length; k++) theta[k] = 0.05 * r.nextGaussian();
        LinearTrainer.Fit fit = LinearTrainer.fit(SI, frames(theta, 8, 5), new FitWeights(0, 1, 1), 0.0, null);
        assertEquals(0, fit.energyRows());
        assertEquals(SI.parameterCount() - 1, fit.solution().rank());
        assertEquals(0.0, fit.theta()[0], 0.0);
        for (int k = 1; k < theta.length; k++) assertEquals(theta[k], fit.theta()[k], 1e-6, "parameter " + k);
    }
}

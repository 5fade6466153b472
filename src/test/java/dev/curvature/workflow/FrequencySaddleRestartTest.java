package dev.curvature.workflow;

import dev.curvature.model.Potential;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A GFN2 frequency job minimizing with the ANC optimizer ({@code --method anc}), which has no exact Hessian and keeps the
 * symmetry of its start: from exactly linear water it converges on the linear saddle (the bend has
 * no gradient there). The job sees the imaginary bend in its Hessian, steps off along it,
 * minimizes again and ends on bent water: no imaginary mode, the same energy and frequencies as
 * from a bent start, and the gradients of both legs counted.
 */
class FrequencySaddleRestartTest {

    @Test
    void gfn2FreqFromLinearWaterEndsOnTheBentMinimum() throws Exception {
        Element o = Element.of(8), h = Element.of(1);
        Structure linear = Structure.of("linear water", new Element[] {o, h, h},
                new double[] {0, 0, 0, 0.97, 0, 0, -0.97, 0, 0}, new int[3], List.of());
        Structure bent = linear.withPositions(new double[] {0, 0, 0, 0.96, 0, 0, -0.25, 0.93, 0});
        Potential p = EnergyModels.registry().bind("gfn2", linear).potential();
        FrequencyAnalysis.Options anc = FrequencyAnalysis.Options.defaults().withOptimization(
                dev.curvature.optimize.OptimizationOptions.defaults().withMethod(dev.curvature.optimize.OptimizationMethod.ANC));
        FrequencyAnalysis.Result fromLinear = FrequencyAnalysis.run(p, linear, anc, null);
        FrequencyAnalysis.Result fromBent = FrequencyAnalysis.run(p, bent, anc, null);
        assertTrue(fromLinear.converged());
        assertTrue(fromLinear.optimization().method().endsWith("restarted off a saddle"), fromLinear.optimization().method());
        assertFalse(fromBent.optimization().method().contains("restarted"), "a bent start needs no restart");
        assertTrue(fromLinear.optimization().gradientEvaluations() > fromBent.optimization().gradientEvaluations());
        double[] f = fromLinear.modes().frequenciesCm1(), ref = fromBent.modes().frequenciesCm1();
        assertEquals(3, f.length);
        assertTrue(f[0] > 1000, "a bend, not an imaginary mode: " + f[0]);
        for (int k = 0; k < 3; k++) assertEquals(ref[k], f[k], 0.1, "mode " + (k + 1));
        assertEquals(fromBent.energyKcalPerMol(), fromLinear.energyKcalPerMol(), 1e-6);
    }
}

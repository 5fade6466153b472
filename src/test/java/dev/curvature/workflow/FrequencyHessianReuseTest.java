package dev.curvature.workflow;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.Workspace;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The frequency job evaluates the Hessian once: after RFO it reuses the optimizer's last Hessian
 * (taken at the final geometry, which did not move after it), and otherwise computes it once.
 * Counted by a potential wrapper that sees every Hessian request.
 */
class FrequencyHessianReuseTest {

    /** Counts the evaluations that asked for a Hessian. */
    private static final class Counting implements Potential {
        final Potential inner;
        final AtomicInteger hessians = new AtomicInteger();

        Counting(Potential inner) { this.inner = inner; }

        @Override public int atomCount() { return inner.atomCount(); }
        @Override public String modelName() { return inner.modelName(); }
        @Override public Set<Property> implementedProperties() { return inner.implementedProperties(); }
        @Override public void compute(Configuration c, Results r, Workspace w) {
            if (r.wants(Property.HESSIAN)) hessians.incrementAndGet();
            inner.compute(c, r, w);
        }
    }

    private static Structure caffeine() throws Exception {
        Structure s = ExampleMolecules.read("caffeine");
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) x[k] += 0.05 * (2 * ((k * 0.6180339887498949) % 1.0) - 1);
        return s.withPositions(x);
    }

    @Test
    void afterRfoTheOptimizersLastHessianIsReused() throws Exception {
        Structure s = caffeine();
        Counting p = new Counting(ExampleMolecules.mmff94(s));
        FrequencyAnalysis.Result r = FrequencyAnalysis.run(p, s, FrequencyAnalysis.Options.defaults(), null);
        assertEquals("RFO", r.optimization().method());
        assertTrue(r.optimization().hessianEvaluations() > 1);
        assertEquals(r.optimization().hessianEvaluations(), p.hessians.get(),
                "the frequency job evaluated a Hessian the optimizer already had");
        // and it is the Hessian at the final geometry: the same modes as a fresh evaluation there
        NormalModes fresh = NormalModes.of(r.structure(), FrequencyAnalysis.Options.defaults().massModel(), p.inner);
        assertArrayEquals(fresh.frequenciesCm1(), r.modes().frequenciesCm1(), 0.0);
        assertEquals(p.inner.energy(r.structure().positions()), r.energyKcalPerMol(), 1e-12);
    }

    @Test
    void withoutAnOptimizationOrAfterLbfgsTheHessianIsEvaluatedOnce() throws Exception {
        Structure s = caffeine();
        Counting p = new Counting(ExampleMolecules.mmff94(s));
        FrequencyAnalysis.run(p, s, FrequencyAnalysis.Options.defaults().withOptimize(false), null);
        assertEquals(1, p.hessians.get());
        Counting q = new Counting(ExampleMolecules.mmff94(s));
        FrequencyAnalysis.Options lbfgs = FrequencyAnalysis.Options.defaults()
                .withOptimization(FrequencyAnalysis.Options.defaults().optimization().withMethod(OptimizationMethod.LBFGS));
        FrequencyAnalysis.Result r = FrequencyAnalysis.run(q, s, lbfgs, null);
        assertEquals("L-BFGS", r.optimization().method());
        assertFalse(r.optimization().hasFinalHessian());
        assertEquals(1, q.hessians.get());
    }
}

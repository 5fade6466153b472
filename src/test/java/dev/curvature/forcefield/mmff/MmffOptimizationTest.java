package dev.curvature.forcefield.mmff;

import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.Optimizer;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Integration of the optimizers with a real force field: the MMFF94 validation-suite geometries
 * were minimised by Merck's OPTIMOL, so from a randomly perturbed copy both optimizers must come
 * back to the same minimum: the same energy as each other, and the suite energy minus only the
 * little that OPTIMOL's looser convergence (and 4-decimal coordinates) left (residual suite forces
 * are 0.04–0.25 kcal/mol/Å).
 */
class MmffOptimizationTest {

    @Test
    void perturbedSuiteGeometriesReturnToTheirMinimumWithBothMethods() throws Exception {
        List<Structure> suite = MmffSuiteFiles.readSdf("MMFF94_dative.sdf");
        MmffForceField mmff = new MmffForceField();
        Optimizer rfo = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.RFO));
        Optimizer lbfgs = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.LBFGS));
        Random random = new Random(1);
        int tested = 0;
        for (int k = 0; k < suite.size(); k += 8) {
            Structure s = suite.get(k);
            Potential p = mmff.bind(s);
            double reference = p.energy(s.positions());
            double[] start = s.positions();
            for (int i = 0; i < start.length; i++) start[i] += 0.05 * (2 * random.nextDouble() - 1);
            OptimizationResult r = rfo.minimize(p, start), l = lbfgs.minimize(p, start);
            assertTrue(r.converged(), s.name() + " " + r);
            assertTrue(l.converged(), s.name() + " " + l);
            assertEquals(0, r.negativeHessianEigenvalues(), s.name());
            assertEquals(r.energyKcalPerMol(), l.energyKcalPerMol(), 1e-6, s.name() + ": RFO and L-BFGS minima");
            double lowered = reference - r.energyKcalPerMol();
            assertTrue(lowered >= -1e-9 && lowered < 1e-3, s.name() + ": suite energy minus optimized " + lowered);
            tested++;
        }
        assertEquals(96, tested);
    }
}

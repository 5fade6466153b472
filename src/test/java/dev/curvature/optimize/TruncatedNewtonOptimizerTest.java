package dev.curvature.optimize;

import dev.curvature.forcefield.SparseHessian;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TruncatedNewtonOptimizerTest {

    /**
     * Ace-(Ala)5-NMe (62 atoms, MMFF94) from its minimum displaced by up to 0.05 Å per coordinate:
     * L-BFGS to 1 kcal/mol/Å, then Newton–CG on the sparse Hessian ends on RFO's minimum, in a few
     * Newton steps (what makes it worth a Hessian per step on a protein).
     */
    @Test
    void endsWhereRfoEndsWithFewNewtonSteps() throws Exception {
        Structure s = PreconditionedLbfgsTest.benchMolecule("alanine-62");
        Potential p = new MmffForceField().bind(s);
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) x[k] += 0.05 * (2 * ((0.6180339887498949 * (k + 1)) % 1.0) - 1);
        Structure start = s.withPositions(x);
        int[] switchedAt = {-1};
        OptimizationResult tn = new TruncatedNewtonOptimizer(OptimizationOptions.defaults())
                .minimize(p, start, y -> SparseHessian.of((TermPotential) p, y), progress -> {
                    if (switchedAt[0] < 0 && progress.maxForce() <= TruncatedNewtonOptimizer.NEWTON_SWITCH_FORCE) switchedAt[0] = progress.iteration();
                    return true;
                });
        OptimizationResult rfo = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.RFO)).minimize(p, start);
        assertTrue(tn.converged() && rfo.converged(), tn.stopReason() + " / " + rfo.stopReason());
        assertTrue(tn.method().contains("truncated Newton"), tn.method());
        assertTrue(tn.maxForce() <= 1e-4, "max force " + tn.maxForce());
        assertEquals(rfo.energyKcalPerMol(), tn.energyKcalPerMol(), 1e-6);
        int newtonSteps = tn.iterations() - switchedAt[0];
        assertTrue(tn.hessianEvaluations() >= 1 && newtonSteps <= 12, newtonSteps + " Newton steps, " + tn.hessianEvaluations() + " Hessians");
    }
}

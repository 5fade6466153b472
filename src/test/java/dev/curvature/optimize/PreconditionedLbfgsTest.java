package dev.curvature.optimize;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.linalg.EnvelopeCholesky;
import dev.curvature.linalg.SparseBlockMatrix;
import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.*;

class PreconditionedLbfgsTest {

    static Structure benchMolecule(String title) throws Exception {
        return dev.curvature.testing.BenchMolecules.named(title);
    }


    /** Ace-(Ala)5-NMe (62 atoms, MMFF94) from its minimum displaced by up to 0.05 Å per coordinate. */
    @Test
    void reachesTheSameMinimumAsPlainLbfgsInFewerSteps() throws Exception {
        Structure s = benchMolecule("alanine-62");
        Potential p = new MmffForceField().bind(s);
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) x[k] += 0.05 * (2 * ((0.6180339887498949 * (k + 1)) % 1.0) - 1);
        Structure start = s.withPositions(x);
        OptimizationResult plain = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.LBFGS)).minimize(p, start);
        OptimizationResult pre = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.PRECONDITIONED_LBFGS)).minimize(p, start);
        assertTrue(plain.converged() && pre.converged(), plain.stopReason() + " / " + pre.stopReason());
        assertTrue(pre.method().contains("preconditioned"), pre.method());
        assertEquals(plain.energyKcalPerMol(), pre.energyKcalPerMol(), 1e-6);
        assertTrue(pre.maxForce() <= 1e-4);
        assertTrue(2 * pre.iterations() < plain.iterations(), pre.iterations() + " preconditioned vs " + plain.iterations() + " plain steps");
    }

    /**
     * Below {@link LbfgsOptimizer#EXACT_SWITCH_FORCE} the preconditioner becomes the exact Hessian:
     * the run ends on RFO's minimum from the same start, and the exact stage needs only a few steps.
     */
    @Test
    void switchesToTheExactHessianNearTheMinimumAndEndsWhereRfoEnds() throws Exception {
        Structure s = benchMolecule("alanine-62");
        Potential p = new MmffForceField().bind(s);
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) x[k] += 0.05 * (2 * ((0.6180339887498949 * (k + 1)) % 1.0) - 1);
        Structure start = s.withPositions(x);
        int[] switchedAt = {-1};
        OptimizationResult pre = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.PRECONDITIONED_LBFGS))
                .minimize(p, start, progress -> {
                    if (switchedAt[0] < 0 && progress.maxForce() <= LbfgsOptimizer.EXACT_SWITCH_FORCE) switchedAt[0] = progress.iteration();
                    return true;
                });
        OptimizationResult rfo = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.RFO)).minimize(p, start);
        assertTrue(pre.converged() && rfo.converged(), pre.stopReason() + " / " + rfo.stopReason());
        assertEquals("L-BFGS, exact-Hessian preconditioned", pre.method());
        assertTrue(pre.hessianEvaluations() >= 1);
        assertEquals(rfo.energyKcalPerMol(), pre.energyKcalPerMol(), 1e-6);
        assertTrue(pre.iterations() - switchedAt[0] <= 15, "exact stage took " + (pre.iterations() - switchedAt[0]) + " steps");
    }

    /** AUTO preconditions above rfoMaxAtoms when the structure has bonds; without bonds it cannot. */
    @Test
    void autoPreconditionsLargeBondedStructures() throws Exception {
        Structure s = benchMolecule("alanine-62");
        Potential p = new MmffForceField().bind(s);
        OptimizationResult r = new Optimizer(OptimizationOptions.defaults().withRfoMaxAtoms(10).withMaxIterations(3)).minimize(p, s);
        assertTrue(r.method().contains("preconditioned"), r.method());
        Optimizer explicit = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.PRECONDITIONED_LBFGS));
        assertThrows(IllegalArgumentException.class, () -> explicit.minimize(p, s.positions()));
    }

    /** The model Hessian is positive definite and has the stiffness of a bond along a bond. */
    @Test
    void modelHessianIsDefiniteAndStiffAlongBonds() throws Exception {
        Structure s = benchMolecule("alanine-62");
        double[] x = s.positions();
        SparseBlockMatrix h = ModelHessian.of(s.neighbours(), x);
        EnvelopeCholesky.factor(h); // throws unless positive definite
        var b = s.bonds().get(0);
        double[] u = new double[x.length], hu = new double[x.length];
        double r = 0;
        for (int k = 0; k < 3; k++) r += Math.pow(x[3 * b.j() + k] - x[3 * b.i() + k], 2);
        r = Math.sqrt(r);
        for (int k = 0; k < 3; k++) {
            u[3 * b.j() + k] = (x[3 * b.j() + k] - x[3 * b.i() + k]) / r;
            u[3 * b.i() + k] = -u[3 * b.j() + k];
        }
        h.multiply(u, hu);
        double curvature = 0;
        for (int k = 0; k < x.length; k++) curvature += u[k] * hu[k];
        assertTrue(curvature > ModelHessian.K_STRETCH, "stretch curvature " + curvature);
    }
}

package dev.curvature.vibration;

import dev.curvature.forcefield.SparseHessian;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.linalg.SparseBlockMatrix;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.*;

class LowestModesTest {

    static Structure benchMolecule(String title) throws Exception {
        return dev.curvature.testing.BenchMolecules.named(title);
    }


    /** The sparse assembly holds exactly the dense analytic Hessian (all pairs, and with a cutoff). */
    @Test
    void sparseHessianEqualsTheDenseOne() throws Exception {
        Structure s = benchMolecule("alanine-32");
        for (MmffForceField ff : new MmffForceField[]{new MmffForceField(), new MmffForceField().withCutoff(NonbondedCutoff.of(6))}) {
            TermPotential p = (TermPotential) ff.bind(s);
            double[] x = s.positions(), dense = new double[x.length * x.length];
            p.evaluate(x, null, dense);
            double[] sparse = SparseHessian.of(p, x).toDense();
            double worst = 0, scale = 0;
            for (int i = 0; i < dense.length; i++) {
                worst = Math.max(worst, Math.abs(dense[i] - sparse[i]));
                scale = Math.max(scale, Math.abs(dense[i]));
            }
            assertTrue(worst <= 1e-12 * scale, "largest difference " + worst + " of " + scale);
        }
    }

    /** LOBPCG's lowest 12 mass-weighted eigenvalues equal a dense diagonalisation's to 1e-6 relative. */
    @Test
    void lowestModesMatchTheDenseDiagonalisation() throws Exception {
        Structure s = benchMolecule("alanine-62");
        TermPotential p = (TermPotential) new MmffForceField().bind(s);
        double[] x = s.positions(), dense = new double[x.length * x.length];
        p.evaluate(x, null, dense);
        double[] masses = s.masses(MassModel.STANDARD_ATOMIC_WEIGHT);
        double[] reference = NormalModes.of(s, masses, dense).massWeightedEigenvalues();
        SparseBlockMatrix h = SparseHessian.of(p, x);
        LowestModes.Result r = LowestModes.of(s, masses, h, 12);
        assertTrue(r.converged(), "not converged after " + r.iterations() + " iterations");
        for (int j = 0; j < 12; j++)
            assertEquals(reference[j], r.eigenvalues()[j], 1e-6 * Math.abs(reference[j]), "mode " + (j + 1));
        // the rigid-body check from sparse products is the dense one's (values of ~1e-5 cm⁻¹ here: square roots of rounding)
        double[] rigid = NormalModes.of(s, masses, dense).unprojectedRigidFrequenciesCm1();
        assertEquals(6, r.rigidFrequenciesCm1().length);
        for (int j = 0; j < 6; j++) assertEquals(rigid[j], r.rigidFrequenciesCm1()[j], 1e-3, "rigid " + (j + 1));
    }
}

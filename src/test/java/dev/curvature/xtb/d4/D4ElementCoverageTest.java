package dev.curvature.xtb.d4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every element with reference data (H–Rn) in a small triangle with two hydrogens: finite, attractive, FD-consistent. */
class D4ElementCoverageTest {

    @Test
    void everyElementGivesFiniteAttractiveEnergyAndConsistentDerivatives() {
        D4Dispersion d4 = D4Dispersion.gfn2();
        assertEquals(86, d4.maxAtomicNumber());
        double[] xyz = {0, 0, 0, 0, 0, 3.2, 2.9, 0.4, 1.1};
        double[] q = {0.3, -0.2, -0.1};
        double h = 1e-4;
        for (int z = 1; z <= d4.maxAtomicNumber(); z++) {
            int[] atoms = {z, 1, 1};
            D4Result r = d4.evaluate(atoms, xyz, q);
            assertTrue(Double.isFinite(r.energy()) && r.twoBodyEnergy() < 0, "Z=" + z + ": E2 = " + r.twoBodyEnergy());
            for (int k = 0; k < xyz.length; k++) {
                double[] plus = xyz.clone(), minus = xyz.clone();
                plus[k] += h;
                minus[k] -= h;
                double fd = (d4.at(atoms, plus).energy(q) - d4.at(atoms, minus).energy(q)) / (2 * h);
                assertEquals(fd, r.gradient()[k], 1e-9, "Z=" + z + " coordinate " + k);
            }
            double[] qp = q.clone(), qm = q.clone();
            qp[0] += 1e-5;
            qm[0] -= 1e-5;
            D4Geometry g = d4.at(atoms, xyz);
            assertEquals((g.energy(qp) - g.energy(qm)) / 2e-5, r.chargeDerivative()[0], 1e-10, "Z=" + z + " dE/dq");
        }
    }
}

package dev.curvature.spectrum;

import dev.curvature.charges.ChargeModel;
import dev.curvature.model.Configuration;
import dev.curvature.model.DipoleModel;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.PropertyNotImplementedException;
import dev.curvature.model.Results;
import dev.curvature.model.Workspace;
import dev.curvature.registry.ChargeMethods;
import dev.curvature.structure.Structure;
import dev.curvature.testing.vib.VibTestMolecules;
import dev.curvature.vibration.NormalModes;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spectra take dipoles from any model, not only from charge models: a potential that only reports
 * its dipole (here QEq charges behind the Potential contract, as a quantum or learned model would)
 * gives the same IR intensities as the charge model's analytic polar tensors, and the same Raman
 * activities through its polarizability.
 */
class DipoleModelFromPotentialTest {

    /** Reports Σ q_i r_i and the polarizability of QEq at each geometry; energy 0 (not under test). */
    private static final class DipoleOnlyPotential implements Potential {
        private final Structure structure;
        private final ChargeModel charges;

        DipoleOnlyPotential(Structure structure, ChargeModel charges) {
            this.structure = structure;
            this.charges = charges;
        }

        @Override public int atomCount() { return structure.atomCount(); }
        @Override public String modelName() { return "dipole-only " + charges.name(); }
        @Override public Set<Property> implementedProperties() {
            return EnumSet.of(Property.ENERGY, Property.DIPOLE, Property.POLARIZABILITY);
        }

        @Override public void compute(Configuration c, Results r, Workspace w) {
            checkImplemented(r);
            double[] x = c.positionsAngstrom();
            var q = charges.charges(structure, x);
            r.setEnergy(0);
            if (r.wants(Property.DIPOLE))
                System.arraycopy(q.dipoleEAngstrom(new double[3]), 0, r.dipole(), 0, 3);
            if (r.wants(Property.POLARIZABILITY))
                System.arraycopy(q.polarizabilityAngstrom3(), 0, r.polarizability(), 0, 9);
        }
    }

    @Test
    void intensitiesFromAPotentialsDipoleMatchTheChargeModel() {
        NormalModes m = IntensitiesTest.modes(VibTestMolecules.water());
        ChargeModel qeq = ChargeMethods.model("qeq");
        DipoleModel fromPotential = DipoleModel.fromPotential(new DipoleOnlyPotential(m.structure(), qeq), 1e-4);
        assertTrue(fromPotential.hasPolarizability());
        Structure s = m.structure();
        double[] exact = qeq.atomicPolarTensors(s, s.positions()), fd = fromPotential.atomicPolarTensors(s, s.positions());
        for (int i = 0; i < exact.length; i++) assertEquals(exact[i], fd[i], 1e-6, "polar tensor element " + i);
        VibrationalIntensities analytic = VibrationalIntensities.compute(m, qeq, true);
        VibrationalIntensities differenced = VibrationalIntensities.compute(m, fromPotential, true);
        double[] a = analytic.infrared().intensitiesKmPerMol(), b = differenced.infrared().intensitiesKmPerMol();
        double[] ra = analytic.raman().activitiesA4PerAmu(), rb = differenced.raman().activitiesA4PerAmu();
        for (int k = 0; k < a.length; k++) {
            // central differences of the dipole: error O(h²) ≈ 1e-8 relative at h = 1e-4 Å
            assertEquals(a[k], b[k], 1e-6 * IntensitiesTest.max(a), "IR mode " + k);
            assertEquals(ra[k], rb[k], 1e-12 * IntensitiesTest.max(ra), "Raman mode " + k);
        }
    }

    @Test
    void aPotentialWithoutADipoleIsRefused() {
        Potential energyOnly = VibTestMolecules.water().model();
        assertFalse(energyOnly.implementedProperties().contains(Property.DIPOLE));
        assertThrows(PropertyNotImplementedException.class, () -> DipoleModel.fromPotential(energyOnly, 1e-4));
    }
}

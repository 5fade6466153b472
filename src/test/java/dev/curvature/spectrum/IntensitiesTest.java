package dev.curvature.spectrum;

import dev.curvature.registry.ChargeMethods;
import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.charges.ChargeDistribution;
import dev.curvature.charges.ChargeModel;
import dev.curvature.forcefield.mmff.MmffTopology;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.testing.vib.Geometry;
import dev.curvature.testing.vib.VibTestMolecules;
import dev.curvature.testing.vib.VibTestMolecules.Case;
import dev.curvature.vibration.NormalModes;
import org.junit.jupiter.api.Test;

class IntensitiesTest {
    static NormalModes modes(Case c) {
        return NormalModes.of(c.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, c.model());
    }

    static double max(double[] v) {
        double m = 0;
        for (double x : v) if (Double.isFinite(x)) m = Math.max(m, Math.abs(x));
        return m;
    }

    /** Parity of a mode under inversion through the origin (+1 gerade, −1 ungerade); atoms map by position. */
    static double inversionParity(NormalModes modes, int k) {
        double[] x = modes.structure().positions(), d = modes.displacement(k);
        int n = x.length / 3;
        double overlap = 0, norm = 0;
        for (int a = 0; a < n; a++) {
            int image = -1;
            for (int b = 0; b < n; b++)
                if (Math.abs(x[3 * a] + x[3 * b]) + Math.abs(x[3 * a + 1] + x[3 * b + 1]) + Math.abs(x[3 * a + 2] + x[3 * b + 2]) < 1e-9)
                    image = b;
            assertTrue(image >= 0, "molecule must be centrosymmetric about the origin");
            for (int c = 0; c < 3; c++) {
                overlap += d[3 * a + c] * -d[3 * image + c];
                norm += d[3 * a + c] * d[3 * a + c];
            }
        }
        return overlap / norm;
    }

    @Test
    void conversionFactorsMatchIndependentSiEvaluation() {
        // N_A / (12 ε0 c²) · e²/amu with ε0 from CODATA 2018 (8.8541878128e-12 F/m), m/mol → km/mol
        double eps0 = 8.8541878128e-12, c = 299792458.0, e = 1.602176634e-19, amu = 1.66053906660e-27;
        double expected = 6.02214076e23 / (12 * eps0 * c * c) * e * e / amu / 1000;
        assertEquals(expected, IrIntensities.KM_PER_MOL_PER_E2_PER_AMU, expected * 1e-9);
        assertEquals(974.880, IrIntensities.KM_PER_MOL_PER_E2_PER_AMU, 0.001);
        // the standard literature factor 42.2561 km/mol per (D/Å)²/amu
        assertEquals(42.2561, IrIntensities.KM_PER_MOL_PER_DEBYE2_PER_A2_PER_AMU, 5e-5);
    }

    @Test
    void carbonDioxideObeysMutualExclusion() {
        NormalModes m = modes(VibTestMolecules.carbonDioxide());
        assertEquals(4, m.modeCount());
        VibrationalIntensities v = VibrationalIntensities.compute(m, ChargeMethods.model("qeq"), true);
        double[] ir = v.infrared().intensitiesKmPerMol(), raman = v.raman().activitiesA4PerAmu();
        double irMax = max(ir), ramanMax = max(raman);
        assertTrue(irMax > 1 && ramanMax > 1e-3, "some activity at all: " + irMax + ", " + ramanMax);
        int gerade = 0;
        for (int k = 0; k < 4; k++) {
            double p = inversionParity(m, k);
            assertEquals(1.0, Math.abs(p), 1e-9);
            if (p > 0) {
                gerade++;
                assertEquals(0, ir[k], 1e-6 * irMax, "symmetric stretch IR-inactive");
                assertTrue(raman[k] > 1e-3 * ramanMax, "symmetric stretch Raman-active");
            } else {
                assertEquals(0, raman[k], 1e-6 * ramanMax, "mode " + k + " Raman-inactive");
                assertTrue(ir[k] > 1e-3 * irMax, "mode " + k + " IR-active");
            }
        }
        assertEquals(1, gerade);
        // the symmetric stretch is totally symmetric and polarized: ρ < 3/4; forbidden modes have no ρ
        for (int k = 0; k < 4; k++)
            if (inversionParity(m, k) > 0) assertTrue(v.raman().depolarizationRatios()[k] < 0.75);
            else assertTrue(Double.isNaN(v.raman().depolarizationRatios()[k]));
    }

    @Test
    void benzeneIrAndRamanActiveSetsAreDisjoint() {
        NormalModes m = modes(VibTestMolecules.benzene());
        assertEquals(30, m.modeCount());
        VibrationalIntensities v = VibrationalIntensities.compute(m, ChargeMethods.model("qeq"), true);
        double[] ir = v.infrared().intensitiesKmPerMol(), raman = v.raman().activitiesA4PerAmu();
        double irMax = max(ir), ramanMax = max(raman);
        int irActive = 0, ramanActive = 0;
        for (int k = 0; k < 30; k++) {
            boolean irOn = ir[k] > 1e-6 * irMax, ramanOn = raman[k] > 1e-6 * ramanMax;
            assertFalse(irOn && ramanOn, "mode " + k + " both IR " + ir[k] + " and Raman " + raman[k]);
            if (irOn) irActive++;
            if (ramanOn) ramanActive++;
            // inversion parity decides which: g modes have no dipole derivative, u modes no polarizability derivative
            if (inversionParity(m, k) > 0) assertFalse(irOn);
            else assertFalse(ramanOn);
        }
        // D6h: IR a2u + 3 e1u = 7 modes; Raman 2 a1g + e1g + 4 e2g = 12 modes
        assertEquals(7, irActive);
        assertEquals(12, ramanActive);
    }

    @Test
    void waterModesAreAllBothIrAndRamanActive() {
        for (String model : new String[] {"qeq", "eem"}) {
            NormalModes m = modes(VibTestMolecules.water());
            VibrationalIntensities v = VibrationalIntensities.compute(m, ChargeMethods.model(model), true);
            double[] ir = v.infrared().intensitiesKmPerMol(), raman = v.raman().activitiesA4PerAmu();
            for (int k = 0; k < 3; k++) {
                assertTrue(ir[k] > 1e-3 * max(ir), model + " mode " + k + " IR " + ir[k]);
                assertTrue(raman[k] > 1e-3 * max(raman), model + " mode " + k + " Raman " + raman[k]);
                double rho = v.raman().depolarizationRatios()[k];
                assertTrue(rho >= 0 && rho <= 0.75 + 1e-12, "ρ in [0, 3/4]: " + rho);
            }
        }
    }

    @Test
    void intensitiesAreInvariantUnderRigidMotion() {
        Case c = VibTestMolecules.water();
        double[] rot = Geometry.rotation(0.3, -0.5, 0.8, 1.1);
        Case moved = c.moved(rot, new double[] {1.5, -2.0, 0.7});
        ChargeModel qeq = ChargeMethods.model("qeq");
        VibrationalIntensities a = VibrationalIntensities.compute(modes(c), qeq, true);
        VibrationalIntensities b = VibrationalIntensities.compute(modes(moved), qeq, true);
        for (int k = 0; k < 3; k++) {
            double ia = a.infrared().intensityKmPerMol(k), ib = b.infrared().intensityKmPerMol(k);
            assertEquals(ia, ib, 1e-8 * ia);
            double ra = a.raman().activityA4PerAmu(k), rb = b.raman().activityA4PerAmu(k);
            assertEquals(ra, rb, 1e-7 * ra);
            assertEquals(a.raman().depolarizationRatios()[k], b.raman().depolarizationRatios()[k], 1e-7);
        }
    }

    /** Independent check: central differences of the re-equilibrated dipole along the mode. */
    static void assertIrMatchesDipoleDifferences(NormalModes m, ChargeModel model) {
        IrIntensities ir = IrIntensities.compute(m, model);
        Structure s = m.structure();
        double[] x0 = s.positions(), masses = m.massesAmu(), origin = {0, 0, 0};
        for (int k = 0; k < m.modeCount(); k++) {
            double[] q = m.massWeightedVector(k);
            double h = 1e-4; // amu^½ Å
            double[] plus = x0.clone(), minus = x0.clone();
            for (int i = 0; i < x0.length; i++) {
                double dx = h * q[i] / Math.sqrt(masses[i / 3]);
                plus[i] += dx;
                minus[i] -= dx;
            }
            ChargeDistribution cp = model.charges(s, plus), cm = model.charges(s, minus);
            double[] mp = cp.dipoleEAngstrom(origin), mm = cm.dipoleEAngstrom(origin);
            double d2 = 0;
            for (int c = 0; c < 3; c++) d2 += Math.pow((mp[c] - mm[c]) / (2 * h), 2);
            double expected = d2 * 974.8801; // e²/amu → km/mol, N_A/(12 ε0 c²)·e²/amu evaluated by hand
            assertEquals(expected, ir.intensityKmPerMol(k), 1e-5 * Math.max(expected, 1e-3), model.name() + " mode " + k);
        }
    }

    @Test
    void irIntensityIsTheSquaredDipoleDerivativeAlongTheMode() {
        NormalModes water = modes(VibTestMolecules.water());
        NormalModes ammonia = modes(VibTestMolecules.ammonia());
        assertIrMatchesDipoleDifferences(water, ChargeMethods.model("qeq"));
        assertIrMatchesDipoleDifferences(water, ChargeMethods.model("eem"));
        assertIrMatchesDipoleDifferences(ammonia, ChargeMethods.model("qeq"));
        assertIrMatchesDipoleDifferences(water, ChargeModel.fixed("fixed", st -> new double[] {-0.8, 0.4, 0.4}));
    }

    @Test
    void ramanDerivativesConvergeWithStep() {
        NormalModes m = modes(VibTestMolecules.water());
        ChargeModel qeq = ChargeMethods.model("qeq");
        RamanActivities a = RamanActivities.compute(m, qeq, 0.01), b = RamanActivities.compute(m, qeq, 0.005);
        for (int k = 0; k < 3; k++)
            assertEquals(b.activityA4PerAmu(k), a.activityA4PerAmu(k), 1e-6 * b.activityA4PerAmu(k));
    }

    @Test
    void nonTotallySymmetricModesAreDepolarized() {
        // water's antisymmetric stretch (b2) has a′ = 0, so ρ = 3γ′²/4γ′² = 3/4; the a1 modes are polarized
        NormalModes m = modes(VibTestMolecules.water());
        RamanActivities r = RamanActivities.compute(m, ChargeMethods.model("qeq"));
        double[] rho = r.depolarizationRatios(), d = r.polarizabilityDerivatives();
        int b2 = 0;
        for (int k = 0; k < 3; k++) {
            double trace = d[9 * k] + d[9 * k + 4] + d[9 * k + 8];
            if (Math.abs(trace) < 1e-8) {
                b2++;
                assertEquals(0.75, rho[k], 1e-9);
            } else assertTrue(rho[k] < 0.75 - 1e-3, "a1 mode " + k + " ρ = " + rho[k]);
        }
        assertEquals(1, b2);
    }

    @Test
    void fixedMmffChargesGiveIrButNoRaman() {
        NormalModes m = modes(VibTestMolecules.water());
        ChargeModel mmff = ChargeModel.fixed("MMFF94 fixed charges (no flux)", s -> {
            try {
                return MmffTopology.build(s, MmffVariant.MMFF94).partialCharges();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertFalse(ChargeMethods.get("fixed-mmff94").polarizable());
        assertFalse(mmff.hasPolarizability());
        double[] q = mmff.charges(m.structure()).charges();
        assertEquals(-0.86, q[0], 1e-9); // MMFF94 water: O −0.86, H +0.43
        assertIrMatchesDipoleDifferences(m, mmff);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> VibrationalIntensities.compute(m, mmff, true));
        assertTrue(e.getMessage().contains("no polarizability"), e.getMessage());
        // the registry's MMFF94 charges are the same fixed charges
        assertArrayEquals(q, ChargeMethods.model("fixed-mmff94").charges(m.structure()).charges(), 0);
        assertEquals("eem", ChargeMethods.get(" EEM").id());
        assertThrows(IllegalArgumentException.class, () -> ChargeMethods.get("mmff"));
    }
}

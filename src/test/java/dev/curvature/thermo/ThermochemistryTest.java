package dev.curvature.thermo;

import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.structure.MassModel;
import dev.curvature.testing.vib.VibTestMolecules;
import dev.curvature.vibration.NormalModes;
import org.junit.jupiter.api.Test;

/**
 * Checks against (a) the RRHO formulas evaluated here from independently typed constants and an
 * analytic moment-of-inertia formula, and (b) experimental / tabulated reference values:
 * NIST-JANAF and CODATA key values, S°(298.15 K, 1 bar) and H°(298.15) − H°(0).
 */
class ThermochemistryTest {
    // independent constants (CODATA 2018), cal = 4.184 J
    static final double R = 8.314462618 / 4.184;       // cal/(mol K)
    static final double H = 6.62607015e-34, KB = 1.380649e-23, C = 2.99792458e10, AMU = 1.66053906660e-27;
    /** R ln(1.01325): S°(1 atm) = S°(1 bar) − this. */
    static final double BAR_TO_ATM = R * Math.log(1.01325);

    // water: experimental fundamentals (cm⁻¹) and equilibrium geometry r = 0.9572 Å, ∠HOH = 104.52°
    static final double[] WATER_NU = {1595, 3657, 3756};
    static final double MH = 1.00782503223, MO = 15.99491461957;

    static double[] waterPositions() {
        double r = 0.9572, th = Math.toRadians(104.52);
        return new double[] {0, 0, 0, r * Math.sin(th / 2), 0, r * Math.cos(th / 2), -r * Math.sin(th / 2), 0, r * Math.cos(th / 2)};
    }

    @Test
    void waterMatchesHandCalculationAndJanaf() {
        double t = 298.15, p = 101325;
        ThermoResult res = Thermochemistry.compute(WATER_NU, new double[] {MO, MH, MH}, waterPositions(), 2, ThermoConditions.STANDARD);
        assertEquals(RotorType.NONLINEAR, res.rotorType());
        assertEquals(0, res.excludedModeCount());

        // --- by hand
        double m = (MO + 2 * MH) * AMU;
        double sTrans = R * (Math.log(Math.pow(2 * Math.PI * m * KB * t / (H * H), 1.5) * KB * t / p) + 2.5);
        double r = 0.9572e-10, th = Math.toRadians(104.52);
        double iA = 2 * MH * AMU * Math.pow(r * Math.sin(th / 2), 2);                         // about the C2 axis
        double iB = 2 * MH * MO / (MO + 2 * MH) * AMU * Math.pow(r * Math.cos(th / 2), 2);    // in plane, ⟂ C2
        double iC = iA + iB;                                                                   // planar body
        double qRot = Math.sqrt(Math.PI * iA * iB * iC) / 2 * Math.pow(8 * Math.PI * Math.PI * KB * t / (H * H), 1.5);
        double sRot = R * (Math.log(qRot) + 1.5);
        double sVib = 0, eVib = 0, zpe = 0, cvVib = 0;
        for (double nu : WATER_NU) {
            double x = H * C * nu / (KB * t);
            sVib += R * (x / (Math.exp(x) - 1) - Math.log(1 - Math.exp(-x)));
            eVib += R * t * x / (Math.exp(x) - 1) / 1000;
            zpe += 0.5 * H * C * nu * 6.02214076e23 / 4184;
            cvVib += R * x * x * Math.exp(x) / Math.pow(Math.exp(x) - 1, 2);
        }
        assertEquals(sTrans, res.translationalEntropyCalPerMolK(), 1e-6);
        assertEquals(sRot, res.rotationalEntropyCalPerMolK(), 1e-6);
        assertEquals(sVib, res.vibrationalEntropyCalPerMolK(), 1e-8);
        assertEquals(zpe, res.zeroPointEnergyKcalPerMol(), 1e-9);
        assertEquals(zpe + eVib + 3 * R * t / 1000, res.thermalEnergyKcalPerMol(), 1e-9);
        assertEquals(zpe + eVib + 4 * R * t / 1000, res.enthalpyKcalPerMol(), 1e-9);
        assertEquals(3 * R + cvVib, res.cvCalPerMolK(), 1e-9);
        assertEquals(4 * R + cvVib, res.cpCalPerMolK(), 1e-9);
        assertEquals(res.enthalpyKcalPerMol() - t * res.entropyCalPerMolK() / 1000, res.gibbsEnergyKcalPerMol(), 1e-12);

        // --- ZPE: ½ Σν̃ = 4504 cm⁻¹, 1 cm⁻¹ = 2.859144e-3 kcal/mol
        assertEquals(4504 * 2.859144e-3, res.zeroPointEnergyKcalPerMol(), 1e-5);
        // --- references: JANAF H2O(g) S°(298.15 K, 1 bar) = 188.834 J/(mol K); H°(298.15) − H°(0) = 9.904 kJ/mol;
        //     Cp°(298.15) = 33.590 J/(mol K). RRHO with fundamentals reproduces them closely.
        assertEquals(188.834 / 4.184 - BAR_TO_ATM, res.entropyCalPerMolK(), 0.05);
        assertEquals(9.904 / 4.184, res.enthalpyKcalPerMol() - res.zeroPointEnergyKcalPerMol(), 0.01);
        assertEquals(33.590 / 4.184, res.cpCalPerMolK(), 0.1);
    }

    @Test
    void argonIsPureSackurTetrode() {
        // CODATA key value S°(Ar, g, 298.15 K, 1 bar) = 154.846 J/(mol K)
        ThermoConditions oneBar = ThermoConditions.STANDARD.withPressure(1e5);
        ThermoResult ar = Thermochemistry.compute(new double[0], new double[] {39.948}, new double[] {1, 2, 3}, 1, oneBar);
        assertEquals(RotorType.ATOM, ar.rotorType());
        assertEquals(154.846 / 4.184, ar.entropyCalPerMolK(), 0.003);
        assertEquals(0, ar.rotationalEntropyCalPerMolK());
        assertEquals(1.5 * R * 298.15 / 1000, ar.thermalEnergyKcalPerMol(), 1e-9);
        assertEquals(2.5 * R, ar.cpCalPerMolK(), 1e-9);
        // 1 atm instead of 1 bar lowers S by R ln(1.01325)
        ThermoResult atm = Thermochemistry.compute(new double[0], new double[] {39.948}, new double[] {1, 2, 3}, 1, ThermoConditions.STANDARD);
        assertEquals(ar.entropyCalPerMolK() - BAR_TO_ATM, atm.entropyCalPerMolK(), 1e-9);
    }

    @Test
    void carbonDioxideIsALinearRotorWithSymmetryTwo() {
        // CO2 fundamentals 667 (×2), 1333, 2349 cm⁻¹, r(C=O) = 1.1600 Å; JANAF S°(298.15, 1 bar) = 213.785 J/(mol K)
        double[] x = {0, 0, 0, 0, 0, 1.16, 0, 0, -1.16};
        double[] m = {12.0, MO, MO};
        ThermoResult res = Thermochemistry.compute(new double[] {667, 667, 1333, 2349}, m, x, 2, ThermoConditions.STANDARD);
        assertEquals(RotorType.LINEAR, res.rotorType());
        double i = 2 * MO * AMU * Math.pow(1.16e-10, 2);
        double sRot = R * (Math.log(8 * Math.PI * Math.PI * i * KB * 298.15 / (H * H) / 2) + 1);
        assertEquals(sRot, res.rotationalEntropyCalPerMolK(), 1e-6);
        assertEquals(R * 298.15 / 1000, res.rotationalEnergyKcalPerMol(), 1e-9);
        assertEquals(213.785 / 4.184 - BAR_TO_ATM, res.entropyCalPerMolK(), 0.1);
        // σ enters as −R ln σ
        ThermoResult s1 = Thermochemistry.compute(new double[] {667, 667, 1333, 2349}, m, x, 1, ThermoConditions.STANDARD);
        assertEquals(R * Math.log(2), s1.entropyCalPerMolK() - res.entropyCalPerMolK(), 1e-9);
    }

    @Test
    void imaginaryModesAreExcludedAndCounted() {
        double[] nu = {-500, 1595, 3657};
        ThermoResult res = Thermochemistry.compute(nu, new double[] {MO, MH, MH}, waterPositions(), 2, ThermoConditions.STANDARD);
        assertEquals(1, res.excludedModeCount());
        assertEquals(2, res.includedModeCount());
        assertEquals((1595 + 3657) / 2.0 * 2.859144e-3, res.zeroPointEnergyKcalPerMol(), 1e-5);
    }

    @Test
    void spinMultiplicityAddsRLnG() {
        ThermoResult singlet = Thermochemistry.compute(WATER_NU, new double[] {MO, MH, MH}, waterPositions(), 2, ThermoConditions.STANDARD);
        ThermoResult triplet = Thermochemistry.compute(WATER_NU, new double[] {MO, MH, MH}, waterPositions(), 2, ThermoConditions.STANDARD.withSpinMultiplicity(3));
        assertEquals(R * Math.log(3), triplet.entropyCalPerMolK() - singlet.entropyCalPerMolK(), 1e-9);
        assertEquals(singlet.enthalpyKcalPerMol(), triplet.enthalpyKcalPerMol(), 1e-12);
    }

    @Test
    void wrongModeCountIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Thermochemistry.compute(new double[] {1595, 3657}, new double[] {MO, MH, MH}, waterPositions(), 2, ThermoConditions.STANDARD));
        assertThrows(IllegalArgumentException.class, () -> ThermoConditions.STANDARD.withTemperature(0));
    }

    @Test
    void worksDirectlyOnNormalModes() {
        var c = VibTestMolecules.carbonDioxide();
        NormalModes modes = NormalModes.of(c.structure(), MassModel.MOST_ABUNDANT_ISOTOPE, c.model());
        ThermoResult res = Thermochemistry.compute(modes, 2, ThermoConditions.STANDARD);
        assertEquals(RotorType.LINEAR, res.rotorType());
        assertEquals(4, res.includedModeCount());
        double sum = 0;
        for (double f : modes.frequenciesCm1()) sum += f;
        assertEquals(sum / 2 * 2.859144e-3, res.zeroPointEnergyKcalPerMol(), 1e-5);
    }
}

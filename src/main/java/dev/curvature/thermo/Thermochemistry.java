package dev.curvature.thermo;

import dev.curvature.linalg.PrincipalAxes;
import dev.curvature.units.Units;

/**
 * Rigid-rotor / harmonic-oscillator / ideal-gas thermochemistry (the textbook formulas as in
 * McQuarrie, Statistical Mechanics, ch. 8, and Gaussian's "Thermochemistry in Gaussian").
 *
 * <p>Per mole, with x = h c ν̃ / k T and θᵢ = h² / (8π² Iᵢ k):
 * <ul>
 * <li>translation: q = (2π m k T / h²)^{3/2} k T / p, S = R (ln q + 5/2), E = 3/2 RT, Cv = 3/2 R;</li>
 * <li>rotation, nonlinear: q = √π / σ · T^{3/2} / √(θA θB θC), S = R (ln q + 3/2), E = 3/2 RT,
 *     Cv = 3/2 R; linear: q = T / (σ θ), S = R (ln q + 1), E = RT, Cv = R; atom: nothing;</li>
 * <li>vibration (each real mode): ZPE = ½ R θv, E = R θv (½ + 1/(eˣ − 1)),
 *     S = R (x/(eˣ − 1) − ln(1 − e⁻ˣ)), Cv = R x² eˣ / (eˣ − 1)²;</li>
 * <li>electronic: S = R ln(2S+1), no excited states;</li>
 * <li>H = U + RT, G = H − TS, Cp = Cv + R.</li>
 * </ul>
 * Modes with ν̃ ≤ 0 (imaginary, and exact zeros) are excluded and counted. Constants come from
 * {@link Units} (CODATA 2018 exact h, k, c, N_A; u = 1.66053906660e-27 kg; 1 cal = 4.184 J).
 */
public final class Thermochemistry {
    private Thermochemistry() {}

    /** R in kcal/(mol K). */
    static final double R_KCAL = Units.GAS_CONSTANT_J_PER_MOL_K / (1000 * Units.KJ_PER_KCAL);
    /** h c / k in cm·K (second radiation constant, 1.4388 cm K). */
    static final double HC_OVER_K_CM_K = Units.PLANCK_J_S * Units.SPEED_OF_LIGHT_CM_PER_S / Units.BOLTZMANN_J_PER_K;

    /**
     * Thermochemistry from vibrational frequencies (cm⁻¹, all 3N−6 or 3N−5 modes, imaginary ones as
     * negative numbers), atomic masses (amu), positions (Å) for the moments of inertia, and the
     * rotational symmetry number σ.
     */
    public static ThermoResult compute(double[] frequenciesCm1, double[] massesAmu, double[] positionsAngstrom,
                                       int symmetryNumber, ThermoConditions conditions) {
        if (symmetryNumber < 1) throw new IllegalArgumentException("symmetry number must be at least 1, got " + symmetryNumber);
        int atoms = massesAmu.length;
        PrincipalAxes axes = PrincipalAxes.of(massesAmu, positionsAngstrom);
        int rotDof = atoms == 1 ? 0 : axes.rotationalDegreesOfFreedom();
        RotorType rotor = rotDof == 0 ? RotorType.ATOM : rotDof == 2 ? RotorType.LINEAR : RotorType.NONLINEAR;
        int expected = 3 * atoms - 3 - rotDof;
        if (frequenciesCm1.length != expected)
            throw new IllegalArgumentException("a " + rotor.name().toLowerCase() + " molecule of " + atoms + " atoms has "
                    + expected + " vibrational modes, got " + frequenciesCm1.length + " frequencies");
        double t = conditions.temperatureK();
        double rt = R_KCAL * t;
        double rCal = R_KCAL * 1000;

        // translation
        double massKg = axes.totalMassAmu() * Units.AMU_KG;
        double kt = Units.BOLTZMANN_J_PER_K * t;
        double qTrans = Math.pow(2 * Math.PI * massKg * kt / (Units.PLANCK_J_S * Units.PLANCK_J_S), 1.5) * kt / conditions.pressurePa();
        double sTrans = rCal * (Math.log(qTrans) + 2.5);
        double eTrans = 1.5 * rt;
        double cvTrans = 1.5 * rCal;

        // rotation
        double sRot = 0, eRot = 0, cvRot = 0;
        double[] moments = axes.momentsAmuA2();
        if (rotor == RotorType.LINEAR) {
            double theta = rotationalTemperature(moments[2]);
            sRot = rCal * (Math.log(t / (symmetryNumber * theta)) + 1);
            eRot = rt;
            cvRot = rCal;
        } else if (rotor == RotorType.NONLINEAR) {
            double prod = rotationalTemperature(moments[0]) * rotationalTemperature(moments[1]) * rotationalTemperature(moments[2]);
            double q = Math.sqrt(Math.PI) / symmetryNumber * Math.pow(t, 1.5) / Math.sqrt(prod);
            sRot = rCal * (Math.log(q) + 1.5);
            eRot = 1.5 * rt;
            cvRot = 1.5 * rCal;
        }

        // vibration
        double zpe = 0, eVib = 0, sVib = 0, cvVib = 0;
        int excluded = 0;
        for (double nu : frequenciesCm1) {
            if (!(nu > 0)) { excluded++; continue; }
            double thetaV = HC_OVER_K_CM_K * nu;
            double x = thetaV / t;
            double em1 = Math.expm1(x);
            zpe += 0.5 * R_KCAL * thetaV;
            eVib += R_KCAL * thetaV * (0.5 + 1 / em1);
            sVib += rCal * (x / em1 - Math.log(-Math.expm1(-x)));
            cvVib += rCal * x * x * Math.exp(x) / (em1 * em1);
        }
        double sElec = rCal * Math.log(conditions.spinMultiplicity());

        double u = eTrans + eRot + eVib;
        double h = u + rt;
        double s = sTrans + sRot + sVib + sElec;
        double g = h - t * s / 1000;
        double cv = cvTrans + cvRot + cvVib;
        return new ThermoResult(conditions, rotor, symmetryNumber, frequenciesCm1.length - excluded, excluded,
                zpe, eTrans, eRot, eVib, u, h, g, sTrans, sRot, sVib, sElec, s, cvTrans, cvRot, cvVib, cv, cv + rCal);
    }

    /** θ = h² / (8π² I k) in K for a moment of inertia in amu·Å². */
    static double rotationalTemperature(double momentAmuA2) {
        double iKgM2 = momentAmuA2 * Units.AMU_KG * 1e-20;
        return Units.PLANCK_J_S * Units.PLANCK_J_S / (8 * Math.PI * Math.PI * iKgM2 * Units.BOLTZMANN_J_PER_K);
    }

    /** Convenience: from a normal-mode analysis (its frequencies, masses and geometry). */
    public static ThermoResult compute(dev.curvature.vibration.NormalModes modes, int symmetryNumber, ThermoConditions conditions) {
        return compute(modes.frequenciesCm1(), modes.massesAmu(), modes.structure().positions(), symmetryNumber, conditions);
    }
}

package dev.curvature.phonon;

import dev.curvature.units.Units;

/**
 * Converts eigenvalues of a mass-weighted force-constant matrix in eV/Å²/amu to frequencies:
 * ω² = λ · e/(Å² u) in s⁻², f = ω/2π. Negative eigenvalues (unstable modes) become negative
 * frequencies, the usual convention for imaginary ones.
 */
public final class PhononUnits {
    private PhononUnits() {}

    /** s⁻² per eV/Å²/amu. */
    private static final double OMEGA2_PER_EV_A2_AMU = Units.ELEMENTARY_CHARGE_C / (1e-20 * Units.AMU_KG);

    /** Frequency in THz of an eigenvalue in eV/Å²/amu (negative for a negative eigenvalue). */
    public static double terahertz(double eigenvalue) {
        double f = Math.sqrt(Math.abs(eigenvalue) * OMEGA2_PER_EV_A2_AMU) / (2 * Math.PI) / 1e12;
        return eigenvalue < 0 ? -f : f;
    }

    /** 1 THz in cm⁻¹. */
    public static final double CM1_PER_THZ = 1e12 / Units.SPEED_OF_LIGHT_CM_PER_S;

    /** h·(1 THz) in eV. */
    public static final double EV_PER_THZ = Units.PLANCK_J_S * 1e12 / Units.ELEMENTARY_CHARGE_C;

    /** k_B in eV/K. */
    public static final double BOLTZMANN_EV_PER_K = Units.BOLTZMANN_J_PER_K / Units.ELEMENTARY_CHARGE_C;
}

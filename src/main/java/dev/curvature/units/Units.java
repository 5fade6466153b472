package dev.curvature.units;

/**
 * Physical constants and conversion factors. The engine's internal units are those of the force
 * fields it implements: energy in kcal/mol (thermochemical calorie, 4.184 J), length in Å, mass in
 * unified atomic mass units (Da), charge in elementary charges. Everything else is converted at the
 * edges (io, cli, jmol) with the factors below. Constants are CODATA 2018 exact or recommended values.
 */
public final class Units {
    private Units() {}

    /** Avogadro constant, 1/mol (exact). */
    public static final double AVOGADRO = 6.02214076e23;
    /** Boltzmann constant, J/K (exact). */
    public static final double BOLTZMANN_J_PER_K = 1.380649e-23;
    /** Planck constant, J s (exact). */
    public static final double PLANCK_J_S = 6.62607015e-34;
    /** Speed of light in vacuum, cm/s (exact). */
    public static final double SPEED_OF_LIGHT_CM_PER_S = 2.99792458e10;
    /** Elementary charge, C (exact). */
    public static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;
    /** Unified atomic mass unit, kg (CODATA 2018). */
    public static final double AMU_KG = 1.66053906660e-27;
    /** Molar gas constant, J/(mol K). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = BOLTZMANN_J_PER_K * AVOGADRO;

    /** Thermochemical calorie: 1 kcal = 4.184 kJ (exact by definition). */
    public static final double KJ_PER_KCAL = 4.184;
    /** 1 eV per particle in kcal/mol. */
    public static final double KCAL_PER_MOL_PER_EV = ELEMENTARY_CHARGE_C * AVOGADRO / 4184.0;
    /** 1 hartree in kcal/mol (hartree = 4.3597447222071e-18 J, CODATA 2018). */
    public static final double KCAL_PER_MOL_PER_HARTREE = 4.3597447222071e-18 * AVOGADRO / 4184.0;
    /** Bohr radius in Å (CODATA 2018). */
    public static final double ANGSTROM_PER_BOHR = 0.529177210903;
    /** 1 debye in e·Å (1 D = 1e-21/c C m). */
    public static final double E_ANGSTROM_PER_DEBYE = 1e-21 / (SPEED_OF_LIGHT_CM_PER_S / 100.0) / ELEMENTARY_CHARGE_C / 1e-10;
    /** 1 atm in Pa (exact). */
    public static final double PASCAL_PER_ATM = 101325.0;
    /** Force constant: 1 mdyn/Å = 100 N/m = 1e-18 J/Å², which is 143.93 kcal/mol/Å². */
    public static final double KCAL_PER_MOL_A2_PER_MDYN_PER_A = 1e-18 * AVOGADRO / 4184.0;
    /**
     * Converts an eigenvalue of the mass-weighted Hessian in kcal/mol/Å²/amu to a wavenumber in cm⁻¹:
     * ν̃ = sqrt(λ · C) / (2π c) with C turning kcal/mol/Å²/amu into s⁻².
     */
    public static final double WAVENUMBER_FACTOR = Math.sqrt(4184.0 / AVOGADRO / 1e-20 / AMU_KG)
            / (2.0 * Math.PI * SPEED_OF_LIGHT_CM_PER_S);
}

package dev.curvature.forcefield.mmff;

/**
 * The numeric constants of the MMFF94 functional forms (Halgren, JCC 17, 490 (1996), part I).
 * Force constants in the parameter files are in md/Å (bonds), md·Å/rad² (angles, out-of-plane) and
 * md/rad (stretch-bend); 143.9325 converts md·Å to kcal/mol. Angles in the energy expressions are in
 * degrees, so the angular prefactors carry (π/180) or (π/180)²: 0.043844 and 2.51210 in the paper
 * are these products rounded, and we keep the unrounded products (as the reference implementations do).
 */
final class MmffConstants {
    private MmffConstants() {}

    /** md·Å → kcal/mol. */
    static final double MDYNE_ANGSTROM_TO_KCAL = 143.9325;
    static final double DEG_PER_RAD = 180.0 / Math.PI;
    static final double RAD_PER_DEG = Math.PI / 180.0;

    /** Cubic stretch constant cs, Å⁻¹. */
    static final double CUBIC_STRETCH = -2.0;
    /** Quartic stretch factor: the quartic coefficient is 7/12 cs². */
    static final double QUARTIC_STRETCH_FACTOR = 7.0 / 12.0;

    /** 143.9325 (π/180)², kcal/mol/deg² per md·Å/rad² (the paper's 0.043844). */
    static final double ANGLE_PREFACTOR = MDYNE_ANGSTROM_TO_KCAL * RAD_PER_DEG * RAD_PER_DEG;
    /** Cubic bend constant cb = −0.4 rad⁻¹ expressed per degree. */
    static final double CUBIC_BEND_PER_DEG = -0.006981317;

    /** 143.9325 (π/180), kcal/mol/(Å·deg) per md/rad (the paper's 2.51210). */
    static final double STRETCH_BEND_PREFACTOR = MDYNE_ANGSTROM_TO_KCAL * RAD_PER_DEG;

    /** Coulomb constant used by MMFF94, kcal·Å/(mol e²). */
    static final double COULOMB = 332.0716;
    /** Electrostatic buffering distance δ, Å. */
    static final double ELECTROSTATIC_BUFFER = 0.05;
    /** Scale of 1-4 electrostatic interactions. */
    static final double ELECTROSTATIC_SCALE_1_4 = 0.75;

    /** Buffered 14-7 constants δ = 0.07 and γ = 0.12 (Halgren 1992). */
    static final double VDW_DELTA = 0.07;
    static final double VDW_GAMMA = 0.12;
}

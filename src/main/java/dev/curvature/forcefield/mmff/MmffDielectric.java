package dev.curvature.forcefield.mmff;

/**
 * The dielectric model of the MMFF94 electrostatic term: a constant D (E ∝ 1/(D (R + δ))) or a
 * distance-dependent one (E ∝ 1/(D (R + δ)²)). The validation suite uses constant D = 1.
 */
public record MmffDielectric(double constant, boolean distanceDependent) {
    public static final MmffDielectric DEFAULT = new MmffDielectric(1.0, false);

    public MmffDielectric {
        if (!(constant > 0) || !Double.isFinite(constant))
            throw new IllegalArgumentException("dielectric constant must be positive and finite, not " + constant);
    }

    public static MmffDielectric constant(double d) { return new MmffDielectric(d, false); }

    public static MmffDielectric distanceDependent(double d) { return new MmffDielectric(d, true); }
}

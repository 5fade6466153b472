package dev.curvature.spectrum;

import dev.curvature.model.DipoleModel;
import dev.curvature.units.Units;
import dev.curvature.vibration.NormalModes;

/**
 * Infrared intensities of the normal modes in the double-harmonic approximation, from the atomic
 * polar tensors (∂μ/∂R, e) of a {@link DipoleModel} and the mass-weighted normal modes.
 *
 * <p>Normal coordinate. NormalModes' {@link NormalModes#massWeightedVector(int) mass-weighted
 * vector} q_k is a unit vector in mass-weighted Cartesian space, so a displacement Q_k
 * (amu^½ Å) of the normal coordinate moves atom a by Δx_aβ = q_k[3a+β] Q_k / √m_a. Hence
 * ∂μ_α/∂Q_k = Σ_aβ P[3a+β, α] q_k[3a+β] / √m_a in e/amu^½ (Σ over atoms of charge × displacement
 * derivative). The unit-norm Cartesian {@link NormalModes#displacement(int) displacement} is NOT
 * this vector (it is rescaled by √μ_k) and is not used here.
 *
 * <p>Intensity (integrated molar absorption coefficient, Napierian, per mode):
 * A_k = N_A π / (3 c²) · |∂μ/∂Q_k|² in Gaussian units, which is N_A / (12 ε₀ c²) · |∂μ/∂Q_k|² in SI.
 * With e²/(4πε₀) = E_h a₀ (hartree × bohr, exact by the definition of atomic units):
 * 1 e²/amu ↦ N_A (π/3) E_h a₀ / (c² · 1 amu) = 974.880 km/mol, and with 1 D/Å = 0.2081943 e,
 * 1 (D/Å)²/amu ↦ 42.25606 km/mol (CODATA 2018), the standard factor 42.2561. Each factor is
 * computed below from {@link Units}; a test re-derives them from N_A/(12 ε₀ c²) with SI ε₀.
 */
public final class IrIntensities {
    /** e²/(4πε₀) in J·m: one hartree (J) times one bohr (m). */
    static final double COULOMB_CONSTANT_E2_J_M =
            Units.KCAL_PER_MOL_PER_HARTREE * 4184.0 / Units.AVOGADRO * Units.ANGSTROM_PER_BOHR * 1e-10;
    /** Speed of light in m/s. */
    static final double SPEED_OF_LIGHT_M_PER_S = Units.SPEED_OF_LIGHT_CM_PER_S / 100.0;
    /** km/mol per e²/amu of |∂μ/∂Q|²: N_A (π/3) [e²/(4πε₀)] / (c² amu), m/mol → km/mol. */
    public static final double KM_PER_MOL_PER_E2_PER_AMU = Units.AVOGADRO * Math.PI / 3.0 * COULOMB_CONSTANT_E2_J_M
            / (SPEED_OF_LIGHT_M_PER_S * SPEED_OF_LIGHT_M_PER_S) / Units.AMU_KG / 1000.0;
    /** km/mol per (D/Å)²/amu (the factor quoted in the literature as 42.256). */
    public static final double KM_PER_MOL_PER_DEBYE2_PER_A2_PER_AMU =
            KM_PER_MOL_PER_E2_PER_AMU * Units.E_ANGSTROM_PER_DEBYE * Units.E_ANGSTROM_PER_DEBYE;

    private final String chargeModelName;
    private final double[] dipoleDerivatives; // modes × 3, e/amu^½
    private final double[] intensities;       // km/mol

    private IrIntensities(String chargeModelName, double[] dipoleDerivatives, double[] intensities) {
        this.chargeModelName = chargeModelName;
        this.dipoleDerivatives = dipoleDerivatives;
        this.intensities = intensities;
    }

    /**
     * Intensities of every mode of {@code modes} from the dipole model's atomic polar tensors at the
     * modes' geometry.
     */
    public static IrIntensities compute(NormalModes modes, DipoleModel dipoles) {
        int n = modes.structure().atomCount();
        double[] apt = dipoles.atomicPolarTensors(modes.structure(), modes.structure().positions());
        if (apt.length != 9 * n)
            throw new IllegalArgumentException(dipoles.name() + ": polar tensors of length " + apt.length + " for " + n + " atoms");
        String chargeModelName = dipoles.name();
        double[] invSqrtMass = invSqrtMasses(modes);
        int m = modes.modeCount();
        double[] dmu = new double[3 * m], intensity = new double[m];
        for (int k = 0; k < m; k++) {
            double[] q = modes.massWeightedVector(k);
            double mx = 0, my = 0, mz = 0;
            for (int i = 0; i < 3 * n; i++) {
                double w = q[i] * invSqrtMass[i];
                mx += apt[3 * i] * w;
                my += apt[3 * i + 1] * w;
                mz += apt[3 * i + 2] * w;
            }
            dmu[3 * k] = mx;
            dmu[3 * k + 1] = my;
            dmu[3 * k + 2] = mz;
            intensity[k] = (mx * mx + my * my + mz * mz) * KM_PER_MOL_PER_E2_PER_AMU;
        }
        return new IrIntensities(chargeModelName, dmu, intensity);
    }

    static double[] invSqrtMasses(NormalModes modes) {
        double[] masses = modes.massesAmu();
        double[] inv = new double[3 * masses.length];
        for (int i = 0; i < inv.length; i++) inv[i] = 1.0 / Math.sqrt(masses[i / 3]);
        return inv;
    }

    public String chargeModelName() { return chargeModelName; }

    public int modeCount() { return intensities.length; }

    /** IR intensities per mode, km/mol (copy), in the order of NormalModes (ascending frequency). */
    public double[] intensitiesKmPerMol() { return intensities.clone(); }

    public double intensityKmPerMol(int mode) { return intensities[mode]; }

    /** ∂μ/∂Q_k as modes × 3 row-major, e/amu^½ (copy). */
    public double[] dipoleDerivativesEPerSqrtAmu() { return dipoleDerivatives.clone(); }
}

package dev.curvature.model;

/**
 * The vocabulary of what an energy model can compute, each with its shape and unit (ASE's
 * {@code all_properties} with {@code ase/outputs.py} shapes). Strain quantities follow
 * {@code shared/notes/materials-conventions.md}: a small strain ε deforms every position and the
 * cell as x → (I + ε)x; Voigt order xx, yy, zz, yz, xz, xy with engineering shears (η₄ = 2ε_yz).
 * Units are those of the potential's {@link UnitSystem}: E below is its energy unit.
 */
public enum Property {
    /** Total energy; scalar, E. */
    ENERGY("energy"),
    /** dE/dx; 3N, interleaved x, y, z; E/Å. Forces are its negative. */
    GRADIENT("gradient"),
    /**
     * The strain derivative dE/dε_ab as a 3×3 row-major matrix, E. For a rotation-invariant model it
     * is symmetric. Stress σ = (dE/dε)/V (positive under tension, as ASE); the virial W = Σ r⊗f of
     * LAMMPS is its negative. Molecules (no cell) have it too: Σ_i x_i ⊗ g_i.
     */
    STRAIN_DERIVATIVE("strain_derivative"),
    /** d²E/dx dx; 3N×3N row-major; E/Å². */
    HESSIAN("hessian"),
    /**
     * Mixed strain–displacement derivatives Λ[v][3j+c] = ∂²E/∂η_v ∂u_jc, where positions are
     * y = (I + ε(η)) x + u (displacements applied after the homogeneous strain); 6×3N row-major,
     * Voigt v; E/Å. Elastic constants' internal-relaxation correction uses it.
     */
    STRAIN_POSITION("strain_position"),
    /**
     * Clamped-ion second strain derivative ∂²E/∂η_u ∂η_v (every atom follows the strain); 6×6
     * row-major, Voigt; E. The clamped-ion elastic tensor is this over the volume.
     */
    STRAIN_STRAIN("strain_strain"),
    /**
     * Dipole moment about the origin of the coordinates; 3; e·Å. A model that takes a uniform field
     * F (V/Å) includes −μ·F in its energy, so μ = −(∂E/∂F) / {@link UnitSystem#energyPerEv()}
     * (−μ·F is in eV for μ in e·Å and F in V/Å).
     */
    DIPOLE("dipole"),
    /**
     * Static polarizability as a volume, α/(4πε₀) = k_e ∂μ/∂F with k_e = {@link
     * UnitSystem#COULOMB_EV_ANGSTROM} V·Å/e; 3×3 row-major; Å³ (Gaussian's convention).
     */
    POLARIZABILITY("polarizability"),
    /** Atomic partial charges; N; e. */
    CHARGES("charges"),
    /** Energy split over atoms, summing to the total; N; E. */
    ATOM_ENERGIES("atom_energies");

    private final String key;

    Property(String key) { this.key = key; }

    /** The lower-case key used in JSON and messages, e.g. "strain_derivative". */
    public String key() { return key; }

    /** Number of doubles this property holds for a system of {@code atoms} atoms. */
    public int length(int atoms) {
        return switch (this) {
            case ENERGY -> 1;
            case GRADIENT -> 3 * atoms;
            case STRAIN_DERIVATIVE, POLARIZABILITY -> 9;
            case HESSIAN -> 9 * atoms * atoms;
            case STRAIN_POSITION -> 18 * atoms;
            case STRAIN_STRAIN -> 36;
            case DIPOLE -> 3;
            case CHARGES, ATOM_ENERGIES -> atoms;
        };
    }

    /** Shape as the user reads it, e.g. "3N×3N". */
    public String shape() {
        return switch (this) {
            case ENERGY -> "scalar";
            case GRADIENT -> "3N";
            case STRAIN_DERIVATIVE, POLARIZABILITY -> "3×3";
            case HESSIAN -> "3N×3N";
            case STRAIN_POSITION -> "6×3N";
            case STRAIN_STRAIN -> "6×6";
            case DIPOLE -> "3";
            case CHARGES, ATOM_ENERGIES -> "N";
        };
    }

    /** Unit of this property for a potential computing in {@code system}, e.g. "kcal/mol/Å". */
    public String unit(UnitSystem system) {
        String e = system.energyUnit();
        return switch (this) {
            case ENERGY, STRAIN_DERIVATIVE, STRAIN_STRAIN, ATOM_ENERGIES -> e;
            case GRADIENT, STRAIN_POSITION -> e + "/Å";
            case HESSIAN -> e + "/Å²";
            case DIPOLE -> "e·Å";
            case POLARIZABILITY -> "Å³";
            case CHARGES -> "e";
        };
    }
}

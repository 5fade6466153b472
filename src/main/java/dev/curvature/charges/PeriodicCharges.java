package dev.curvature.charges;

/**
 * Equilibrated charges of a crystal's cell and their linear response (e, eV, Voigt strain order
 * xx yy zz yz xz xy with engineering shear). A crystal has no dipole moment of its own (it depends on
 * the cell's choice), so unlike {@link EquilibratedCharges} there is no dipole or polarizability.
 */
public final class PeriodicCharges {
    private final double[] charges;
    private final double totalCharge, chemicalPotentialEV, energyEV;
    private final double[] response, perTotalCharge, perStrain, potentialPerStrain;
    private final PeriodicHardness hardness;
    private double[] potentialGradient;
    private final boolean minimum;

    PeriodicCharges(double[] charges, double totalCharge, double chemicalPotentialEV, double energyEV, double[] response,
                    double[] perTotalCharge, double[] perStrain, double[] potentialPerStrain, PeriodicHardness hardness, boolean minimum) {
        this.minimum = minimum;
        this.charges = charges;
        this.totalCharge = totalCharge;
        this.chemicalPotentialEV = chemicalPotentialEV;
        this.energyEV = energyEV;
        this.response = response;
        this.perTotalCharge = perTotalCharge;
        this.perStrain = perStrain;
        this.potentialPerStrain = potentialPerStrain;
        this.hardness = hardness;
    }

    /**
     * Whether the charges minimise the energy on Σq = Q (the hardness is positive definite there);
     * false means a saddle or maximum (only the plain-cutoff form returns such charges).
     */
    public boolean isMinimum() { return minimum; }

    public int atomCount() { return charges.length; }
    /** Charges (e), summing to {@link #totalCharge()}. */
    public double[] charges() { return charges.clone(); }
    public double totalCharge() { return totalCharge; }
    /** The equalised electronegativity μ (eV). With Ewald sums it includes the background's constant. */
    public double chemicalPotentialEV() { return chemicalPotentialEV; }
    /** The charge-model energy Σχq + ½ΣJ⁰q² + ½qᵀJq (eV per cell) at these charges. */
    public double energyEV() { return energyEV; }
    /** Constrained inverse hardness T (N×N, e²/eV): dq = −T dχ; T·1 = 0. */
    public double[] chargeResponseMatrix() { return response.clone(); }
    /** dq_i/dQ: where one added elementary charge goes; sums to 1. */
    public double[] chargesPerTotalCharge() { return perTotalCharge.clone(); }
    /** dq_i/dε_v (e per unit strain) as 6 rows of N, positions following the strain; each row sums to 0. */
    public double[] chargesPerStrain() { return perStrain.clone(); }

    /**
     * ∂φ_i/∂ε_v at fixed charges, φ = Jq the potential of the pair hardness at atom i (eV/e), as
     * 6 rows of N: with {@link #potentialGradient()} the mixed second derivatives ∂²E/∂q∂ε that
     * a potential using these charges needs for its relaxed-charge Hessian.
     */
    public double[] potentialPerStrain() { return potentialPerStrain.clone(); }

    /** ∂φ_i/∂x_c at fixed charges (N × 3N row-major, eV/(e·Å)). */
    public synchronized double[] potentialGradient() {
        if (potentialGradient == null) potentialGradient = hardness.potentialGradient(charges);
        return potentialGradient.clone();
    }
}

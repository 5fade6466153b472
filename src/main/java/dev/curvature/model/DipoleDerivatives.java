package dev.curvature.model;

/**
 * A potential that supplies its own atomic polar tensors, for instance from the displacements it
 * already ran for its Hessian, so that {@link DipoleModel#fromPotential} need not difference its
 * dipole again (6N more evaluations).
 */
public interface DipoleDerivatives {
    /**
     * P[3a+β, α] = ∂μ_α/∂R_aβ in e (3N × 3, row-major) of the neutral molecule without a field at
     * these positions (Å), for the dipole about a fixed laboratory origin.
     */
    double[] atomicPolarTensors(double[] positionsAngstrom);
}

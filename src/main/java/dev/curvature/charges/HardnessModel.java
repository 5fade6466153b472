package dev.curvature.charges;

import dev.curvature.structure.Structure;

/**
 * A charge-equilibration model: the second-order expansion of the energy in the atomic charges,
 * E(q) = Σ χ_i q_i + ½ Σ_ij J_ij(R) q_i q_j, with electronegativities χ (eV) and the hardness matrix
 * J (eV/e²) that depends on the geometry through the off-diagonal (pair) elements. Models whose
 * self-hardness depends on the atom's own charge (QEq hydrogen) say so through
 * {@link Bound#selfHardnessSlope}.
 *
 * <p>Binding looks up the per-atom parameters once; everything that depends on positions is
 * evaluated later by {@link ChargeEquilibration}. Building J costs O(N²) pair terms; solving the
 * constrained linear system costs O(N³) (dense LU).
 */
public interface HardnessModel {
    /** Short name, e.g. "QEq (Rappé-Goddard 1991)". */
    String name();

    /**
     * Per-atom parameters for this structure.
     *
     * @throws ChargeModelException naming every atom whose element (or type) has no parameters
     */
    Bound bind(Structure structure);

    /** The model's parameters for one structure. Atoms are 0-based. */
    interface Bound {
        int atomCount();

        /** χ_i in eV (first derivative of the energy with respect to q_i at q = 0). */
        double electronegativityEV(int atom);

        /** Diagonal hardness J_ii in eV/e² at the atom's charge q (most models ignore q). */
        double selfHardnessEV(int atom, double charge);

        /** dJ_ii/dq_i in eV/e³ at charge q; zero for charge-independent models. */
        default double selfHardnessSlope(int atom, double charge) { return 0; }

        /** True when some J_ii depends on the charges, which makes the equations non-linear. */
        default boolean chargeDependent() { return false; }

        /**
         * Off-diagonal hardness J_ij(r) in eV/e² for atoms i ≠ j at distance r (Å); if derivative is
         * non-null, derivative[0] receives dJ_ij/dr in eV/e²/Å.
         */
        double pairHardnessEV(int i, int j, double distanceAngstrom, double[] derivative);

        /**
         * k of the pair hardness's long-range tail k/r (eV·Å/e²): e²/(4πε₀) for models whose pairs
         * become bare Coulomb at long range (QEq); a periodic sum treats k/r by Ewald summation and
         * the rest, J_ij(r) − k/r, as a short-range correction.
         */
        default double coulombCoefficientEVAngstrom() { return ChargeEquilibration.COULOMB_EV_ANGSTROM; }
    }
}

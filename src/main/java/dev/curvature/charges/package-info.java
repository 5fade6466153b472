/**
 * Atomic charges from the second-order expansion of the energy in the charges, and their response.
 *
 * <p>{@link dev.curvature.charges.HardnessModel} supplies electronegativities χ (eV) and the hardness
 * matrix J(R) (eV/e²) with its radial derivatives; {@link dev.curvature.charges.ChargeEquilibration}
 * minimises Σχq + ½ qᵀJq under Σq = Q (dense LU of the bordered matrix, O(N³); J is O(N²)) and
 * returns {@link dev.curvature.charges.EquilibratedCharges}: charges, chemical potential, the
 * constrained inverse hardness, dq/dQ, dq/dF, the polarizability (Å³), the charge flux dq/dR and
 * the atomic polar tensors. Models: {@link dev.curvature.charges.QeqModel} (Rappé &amp; Goddard 1991,
 * Slater-shielded Coulomb, charge-dependent hydrogen) and {@link dev.curvature.charges.EemModel}
 * (Mortier et al. 1986 with Bultinck et al. 2002 parameters as in Open Babel).
 * {@link dev.curvature.charges.FixedCharges} carries given charges without flux or polarizability.
 *
 * <p>Units: Å, e, eV (the package's own energy unit, because every parameter set is published in eV
 * or atomic units); fields in V/Å; dipoles in e·Å or debye; α in Å³ via e²/(4πε₀) = 14.3996 eV·Å.
 * Charge models are analyses: they depend only on {@code structure}, {@code units} and EJML.
 */
package dev.curvature.charges;

/**
 * The Merck Molecular Force Field, MMFF94 and MMFF94s (Halgren, J. Comput. Chem. 17 (1996)
 * 490-641; 20 (1999) 720).
 *
 * <p>Setup, in this order: {@link dev.curvature.forcefield.mmff.MmffTyping} types the atoms
 * (symbolic types from CDK's MMFF typer, numeric types via MMFFSYMB.PAR) and computes the MMFF94
 * partial charges ({@code MmffCharges}); {@link dev.curvature.forcefield.mmff.MmffTopology#build}
 * enumerates bonds, angles, stretch-bends, out-of-plane bends and torsions and assigns their
 * parameters from the official tables ({@link dev.curvature.forcefield.mmff.MmffParameters},
 * resources {@code mmff*.par} of this package) with MMFF's step-down searches and empirical rules.
 * The energy terms and the EnergyModel build on the resulting topology.
 *
 * <p>Validation: all 761 molecules of the MMFF94 validation suite (and the 265 of MMFF94s) give
 * the reference atom types and charges and, interaction by interaction, OPTIMOL's parameters;
 * see MmffTypingTest and MmffParameterValidationTest for what is compared and the one known
 * deviation (the empirical bond rule for two artificial ERULE molecules).
 */
package dev.curvature.forcefield.mmff;

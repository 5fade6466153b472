/**
 * The Universal Force Field (Rappé, Casewit, Colwell, Goddard, Skiff, J. Am. Chem. Soc. 114, 10024
 * (1992)) as RDKit 2022.09 implements it; {@link dev.curvature.forcefield.uff.UffForceField} is the
 * entry point.
 *
 * <p>Validated against RDKit 2022.09 (tools/fixtures/make_uff_fixtures.py): identical atom labels
 * for 51 purpose-built molecules (every hybridization, hypervalent P and S, Fe, Co, Pt, Zn, Ti, Mo
 * complexes) and all 761 molecules of the MMFF94 validation suite; energies and gradients equal to
 * RDKit's to the precision of the fixtures (about 1e-10).
 *
 * <p>What to know when comparing with RDKit:
 * <ul>
 * <li>Input: explicit hydrogens and formal charges on atoms. Kekulé structures are aromatized with
 *     RDKit's model (identical bond orders for all 761 suite molecules); structures that already
 *     carry order-4 bonds are taken as given. Coordination shapes RDKit reads from 3-D coordinates (square planar,
 *     trigonal bipyramidal, octahedral for Z ≥ 15; tetrahedral) are read from the structure's
 *     positions at bind time, so they type e.g. square-planar Pt as Pt4+2 exactly when RDKit does.</li>
 * <li>No van der Waals cutoff; RDKit drops pairs beyond 10·x_ij (≥ 28.9 Å), so the two differ only
 *     for molecules larger than that (1.3e-4 kcal/mol for a 424-atom peptide pair).</li>
 * <li>Non-bonded terms act between fragments by default (RDKit's
 *     {@code ignoreInterfragInteractions=False}); RDKit's own default drops them, available here as
 *     {@code ignoringInterfragmentInteractions()}.</li>
 * <li>RDKit 2022.09's analytic inversion gradient has the wrong sign on its cos 2ω part (P, As, Sb,
 *     Bi centers; fixed upstream in RDKit PR #9228). Here the gradient is the exact derivative of
 *     the (identical) energy.</li>
 * <li>Rings (for aromaticity and the 3-/4-ring sp2 angle cases) are the relevant cycles, the union
 *     of all minimum cycle bases; RDKit uses its symmetrized SSSR. They can differ only for unusual
 *     polycyclic cages.</li>
 * <li>Like RDKit's UFF there is no electrostatic term by default; {@code withElectrostatics} adds a
 *     Coulomb term for caller-supplied partial charges (e.g. QEq). The out-of-plane energy is
 *     reported under the key "oop" of the {@link dev.curvature.model.Potential} contract.</li>
 * <li>RDKit quirks reproduced on purpose: halogens are never given a hybridization, so a central
 *     Cl (perchlorate) keeps theta0 = 180° and huge angle energies; square-planar Pt4+2 has
 *     theta0 = 90° with the general Fourier form, so its trans angles sit at a maximum.</li>
 * </ul>
 */
package dev.curvature.forcefield.uff;

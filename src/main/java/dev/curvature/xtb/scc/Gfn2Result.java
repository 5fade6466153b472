package dev.curvature.xtb.scc;

/**
 * Outcome of one GFN2-xTB calculation, atomic units (Eh, bohr, e·bohr).
 *
 * @param total          total energy = electronic + repulsion
 * @param electronic     band energy Tr(P H0) + all charge terms + dispersion − T·S_el (xtb's "SCC energy")
 * @param isotropicEs    second-order shell-resolved Coulomb energy
 * @param thirdOrder     on-site third-order energy
 * @param anisotropicEs  multipole electrostatics (0 when not included)
 * @param anisotropicXc  multipole exchange-correlation (0 when not included)
 * @param dispersion     charge-dependent dispersion (0 without a plugged-in model)
 * @param repulsion      classical repulsion
 * @param entropyTerm    −T·S_el of the Fermi smearing
 * @param atomicCharges  Mulliken partial charge per atom
 * @param shellCharges   Mulliken partial charge per shell
 * @param dipole         molecular dipole moment (e·bohr), origin independent only when neutral
 * @param orbitalEnergies orbital energies ascending (Eh)
 * @param occupations    orbital occupations (0..2)
 * @param iterations     SCC iterations used, all passes together
 * @param gradient       dE/dx (Eh/bohr) or null if not requested
 * @param electronicTemperature the Fermi-smearing temperature of this result, K: the requested one
 *                       unless the SCC converged only at a higher one ({@link SccConvergence})
 * @param sccAttempts    every SCC pass made (one when the first converged)
 * @param mixerHistory   the Broyden differences of the converged pass (null after a fallback):
 *                       with sccState, the start of a warm-started SCC nearby
 * @param sccState       the converged SCC variables (shell charges, then atomic dipoles and
 *                       quadrupoles), the guess that warm-starts a calculation at a nearby geometry
 */
public record Gfn2Result(double total, double electronic, double isotropicEs, double thirdOrder,
                         double anisotropicEs, double anisotropicXc, double dispersion,
                         double repulsion, double entropyTerm, double[] atomicCharges,
                         double[] shellCharges, double[] dipole, double[] orbitalEnergies,
                         double[] occupations, int iterations, double[] gradient, double electronicTemperature,
                         java.util.List<SccConvergence.Attempt> sccAttempts, double[] sccState,
                         BroydenMixer.History mixerHistory) {

    public Gfn2Result {
        sccAttempts = java.util.List.copyOf(sccAttempts);
    }

    /** Whether the SCC needed any fallback (damped mixing, annealing, a higher temperature). */
    public boolean neededFallback() { return sccAttempts.size() > 1; }

    /** HOMO-LUMO gap (Eh) from occupations above/below one half per orbital pair. */
    public double gap() {
        double homo = Double.NEGATIVE_INFINITY, lumo = Double.POSITIVE_INFINITY;
        for (int i = 0; i < orbitalEnergies.length; i++) {
            if (occupations[i] > 0.5) homo = Math.max(homo, orbitalEnergies[i]);
            else lumo = Math.min(lumo, orbitalEnergies[i]);
        }
        return lumo - homo;
    }
}

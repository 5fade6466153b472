package dev.curvature.thermo;

/**
 * Ideal-gas / rigid-rotor / harmonic-oscillator thermochemistry at one temperature and pressure.
 * Energies are in kcal/mol and are corrections to the electronic (potential) energy at the
 * stationary point; entropies and heat capacities in cal/(mol·K) (thermochemical calorie).
 *
 * @param zeroPointEnergyKcalPerMol        ZPE = Σ ½ h c ν̃ N_A
 * @param thermalEnergyKcalPerMol          U − E_el = ZPE + E_trans + E_rot + E_vib(thermal)
 * @param enthalpyKcalPerMol               H − E_el = U − E_el + RT
 * @param gibbsEnergyKcalPerMol            G − E_el = H − E_el − T S
 * @param translationalEnergyKcalPerMol    3/2 RT
 * @param rotationalEnergyKcalPerMol       RT (linear), 3/2 RT (nonlinear), 0 (atom)
 * @param vibrationalEnergyKcalPerMol      ZPE plus the thermal population of vibrational levels
 * @param excludedModeCount                modes with ν̃ ≤ 0 (imaginary) left out of every sum
 */
public record ThermoResult(
        ThermoConditions conditions,
        RotorType rotorType,
        int symmetryNumber,
        int includedModeCount,
        int excludedModeCount,
        double zeroPointEnergyKcalPerMol,
        double translationalEnergyKcalPerMol,
        double rotationalEnergyKcalPerMol,
        double vibrationalEnergyKcalPerMol,
        double thermalEnergyKcalPerMol,
        double enthalpyKcalPerMol,
        double gibbsEnergyKcalPerMol,
        double translationalEntropyCalPerMolK,
        double rotationalEntropyCalPerMolK,
        double vibrationalEntropyCalPerMolK,
        double electronicEntropyCalPerMolK,
        double entropyCalPerMolK,
        double translationalCvCalPerMolK,
        double rotationalCvCalPerMolK,
        double vibrationalCvCalPerMolK,
        double cvCalPerMolK,
        double cpCalPerMolK) {}

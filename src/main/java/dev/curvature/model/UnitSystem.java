package dev.curvature.model;

import dev.curvature.units.Units;

/**
 * The unit system a bound potential computes in. Lengths are always Å and charges e; only the
 * energy unit differs: molecular force fields work in kcal/mol, materials potentials (LAMMPS
 * {@code metal} units) in eV. Every {@link Property} derives its unit from the energy unit here, so
 * a result can always say what it is in.
 */
public enum UnitSystem {
    /** Energy kcal/mol, length Å (MMFF94, UFF). */
    MOLECULAR("kcal/mol", Units.KCAL_PER_MOL_PER_EV),
    /** Energy eV, length Å, stress reported in GPa (LAMMPS metal units, ASE). */
    MATERIALS("eV", 1.0);

    /** 1 eV/Å³ in GPa (the value ASE 3.22 uses; materials-conventions.md). */
    public static final double GPA_PER_EV_PER_A3 = 160.21766208;

    /** Coulomb constant e²/(4πε₀) in eV·Å/e² (LAMMPS qqr2e; materials-conventions.md). */
    public static final double COULOMB_EV_ANGSTROM = 14.399645;

    private final String energyUnit;
    private final double energyPerEv;

    UnitSystem(String energyUnit, double energyPerEv) {
        this.energyUnit = energyUnit;
        this.energyPerEv = energyPerEv;
    }

    /** "kcal/mol" or "eV". */
    public String energyUnit() { return energyUnit; }

    /** How many of this system's energy units make one eV. */
    public double energyPerEv() { return energyPerEv; }

    /** Converts −∂E/∂F (this energy unit per V/Å) to a dipole in e·Å. */
    public double dipoleFromFieldDerivative(double minusDEnergyDField) {
        return minusDEnergyDField / energyPerEv;
    }

    /** Converts ∂μ/∂F (e·Å per V/Å) to a polarizability volume in Å³. */
    public static double polarizabilityVolume(double dDipoleDField) {
        return dDipoleDField * COULOMB_EV_ANGSTROM;
    }

    /** Converts an energy density (this energy unit per Å³, e.g. a stress) to GPa. */
    public double toGpa(double energyPerCubicAngstrom) {
        return energyPerCubicAngstrom / energyPerEv * GPA_PER_EV_PER_A3;
    }
}

package dev.curvature.ml.fit;

/**
 * How much each kind of observation counts in the least-squares fit. Each residual is first made
 * dimensionless by dividing by a typical target accuracy — energy per atom by {@value #ENERGY_UNIT}
 * eV/atom (2 meV/atom), each force component by {@value #FORCE_UNIT} eV/Å (50 meV/Å), each stress
 * component by {@value #STRESS_UNIT_GPA} GPa — so that with the default multipliers of 1 a model that
 * meets all three targets has residuals of order one in every row and no observation type wins
 * merely by its units. The multipliers (--energy-weight, --force-weight, --stress-weight) then
 * scale these; 0 drops that type of observation.
 */
public record FitWeights(double energy, double force, double stress) {
    public static final double ENERGY_UNIT = 0.002;
    public static final double FORCE_UNIT = 0.05;
    public static final double STRESS_UNIT_GPA = 0.1;
    public static final double EV_PER_A3_IN_GPA = 160.21766208;
    public static final FitWeights DEFAULT = new FitWeights(1, 1, 1);

    public FitWeights {
        if (!(energy >= 0) || !(force >= 0) || !(stress >= 0)) throw new IllegalArgumentException("weights must be non-negative");
        if (energy + force + stress == 0) throw new IllegalArgumentException("at least one weight must be positive");
    }

    /** Row factor of an energy-per-atom row (1/eV). */
    public double energyRow() { return energy / ENERGY_UNIT; }
    /** Row factor of a force-component row (Å/eV). */
    public double forceRow() { return force / FORCE_UNIT; }
    /** Row factor of a stress-component row (Å³/eV). */
    public double stressRow() { return stress / (STRESS_UNIT_GPA / EV_PER_A3_IN_GPA); }
}

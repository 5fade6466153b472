package dev.curvature.thermo;

import dev.curvature.units.Units;

/**
 * Temperature (K), pressure (Pa) and electronic spin multiplicity 2S+1 for an ideal-gas
 * thermochemistry calculation. Defaults: 298.15 K, 1 atm (101325 Pa), singlet.
 */
public record ThermoConditions(double temperatureK, double pressurePa, int spinMultiplicity) {
    public static final double DEFAULT_TEMPERATURE_K = 298.15;
    public static final ThermoConditions STANDARD = new ThermoConditions(DEFAULT_TEMPERATURE_K, Units.PASCAL_PER_ATM, 1);

    public ThermoConditions {
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) throw new IllegalArgumentException("temperature must be positive, got " + temperatureK + " K");
        if (!(pressurePa > 0) || !Double.isFinite(pressurePa)) throw new IllegalArgumentException("pressure must be positive, got " + pressurePa + " Pa");
        if (spinMultiplicity < 1) throw new IllegalArgumentException("spin multiplicity must be at least 1, got " + spinMultiplicity);
    }

    public ThermoConditions withTemperature(double t) { return new ThermoConditions(t, pressurePa, spinMultiplicity); }
    public ThermoConditions withPressure(double p) { return new ThermoConditions(temperatureK, p, spinMultiplicity); }
    public ThermoConditions withSpinMultiplicity(int m) { return new ThermoConditions(temperatureK, pressurePa, m); }
}

package dev.curvature.model;

import dev.curvature.structure.Cell;

/**
 * What a bound potential is evaluated at: positions, plus the state variables that are not part of
 * the topology (ASE's {@code system_changes}). The arrays are not copied, for speed in optimizer
 * loops; callers must not change them during an evaluation.
 *
 * @param positionsAngstrom   3N Cartesian coordinates, interleaved x, y, z (Å)
 * @param cell                periodic cell (rows a, b, c in Å), or null for a molecule
 * @param totalCharge         total charge (e)
 * @param spinMultiplicity    2S + 1 (1 for closed shells)
 * @param fieldVoltsPerAngstrom uniform external electric field (V/Å), or null for none; adds −μ·F
 */
public record Configuration(double[] positionsAngstrom, Cell cell, int totalCharge, int spinMultiplicity,
                            double[] fieldVoltsPerAngstrom) {

    public Configuration {
        if (positionsAngstrom == null || positionsAngstrom.length % 3 != 0)
            throw new IllegalArgumentException("positions need 3 coordinates per atom");
        if (spinMultiplicity < 1) throw new IllegalArgumentException("spin multiplicity must be at least 1, got " + spinMultiplicity);
        if (fieldVoltsPerAngstrom != null && fieldVoltsPerAngstrom.length != 3)
            throw new IllegalArgumentException("an electric field has 3 components");
    }

    /** A neutral closed-shell molecule at these positions, no field. */
    public static Configuration molecule(double[] positionsAngstrom) {
        return new Configuration(positionsAngstrom, null, 0, 1, null);
    }

    /** A neutral periodic system, no field. */
    public static Configuration periodic(double[] positionsAngstrom, Cell cell) {
        return new Configuration(positionsAngstrom, cell, 0, 1, null);
    }

    public int atomCount() { return positionsAngstrom.length / 3; }

    public boolean isPeriodic() { return cell != null; }

    /** The same state at other positions (and the same cell). */
    public Configuration withPositions(double[] newPositionsAngstrom) {
        return new Configuration(newPositionsAngstrom, cell, totalCharge, spinMultiplicity, fieldVoltsPerAngstrom);
    }

    /** The same state with another cell (positions unchanged). */
    public Configuration withCell(Cell newCell) {
        return new Configuration(positionsAngstrom, newCell, totalCharge, spinMultiplicity, fieldVoltsPerAngstrom);
    }

    /** The same state in a uniform field (V/Å), or without one for null. */
    public Configuration withField(double[] newFieldVoltsPerAngstrom) {
        return new Configuration(positionsAngstrom, cell, totalCharge, spinMultiplicity,
                newFieldVoltsPerAngstrom == null ? null : newFieldVoltsPerAngstrom.clone());
    }
}

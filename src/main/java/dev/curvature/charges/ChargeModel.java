package dev.curvature.charges;

import dev.curvature.structure.Structure;
import java.util.function.Function;

/**
 * Anything that assigns atomic charges to a structure at a geometry: an equilibration model
 * ({@link ChargeEquilibration}, with charge flux and polarizability) or fixed charges
 * ({@link #fixed}, e.g. force-field charges, no flux). Lets intensity code compare both.
 */
public interface ChargeModel {
    String name();

    /** Charges (and their response) of the structure's atoms at the given positions (Å). */
    ChargeDistribution charges(Structure structure, double[] positionsAngstrom);

    default ChargeDistribution charges(Structure structure) {
        return charges(structure, structure.positions());
    }

    /**
     * Geometry-independent charges supplied per structure (the function must return one charge per
     * atom, summing to the structure's total charge).
     */
    static ChargeModel fixed(String name, Function<Structure, double[]> source) {
        return new ChargeModel() {
            @Override public String name() { return name; }
            @Override public ChargeDistribution charges(Structure structure, double[] positionsAngstrom) {
                return new FixedCharges(structure, positionsAngstrom, source.apply(structure));
            }
        };
    }
}

package dev.curvature.charges;

import dev.curvature.model.DipoleModel;
import dev.curvature.structure.Structure;
import java.util.function.Function;

/**
 * Anything that assigns atomic charges to a structure at a geometry: an equilibration model
 * ({@link ChargeEquilibration}, with charge flux and polarizability) or fixed charges
 * ({@link #fixed}, e.g. force-field charges, no flux). As a {@link DipoleModel} it feeds IR and
 * Raman intensities: the atomic polar tensors and polarizability of the charges at each geometry.
 */
public interface ChargeModel extends DipoleModel {
    @Override String name();

    /** Charges (and their response) of the structure's atoms at the given positions (Å). */
    ChargeDistribution charges(Structure structure, double[] positionsAngstrom);

    default ChargeDistribution charges(Structure structure) {
        return charges(structure, structure.positions());
    }

    /** Charge + charge-flux polar tensors ({@link ChargeDistribution#atomicPolarTensors()}). */
    @Override
    default double[] atomicPolarTensors(Structure structure, double[] positionsAngstrom) {
        return charges(structure, positionsAngstrom).atomicPolarTensors();
    }

    @Override
    default double[] polarizabilityAngstrom3(Structure structure, double[] positionsAngstrom) {
        return charges(structure, positionsAngstrom).polarizabilityAngstrom3();
    }

    /**
     * Geometry-independent charges supplied per structure (the function must return one charge per
     * atom, summing to the structure's total charge).
     */
    static ChargeModel fixed(String name, Function<Structure, double[]> source) {
        return new ChargeModel() {
            @Override public String name() { return name; }
            @Override public boolean hasPolarizability() { return false; }
            @Override public ChargeDistribution charges(Structure structure, double[] positionsAngstrom) {
                return new FixedCharges(structure, positionsAngstrom, source.apply(structure));
            }
        };
    }
}

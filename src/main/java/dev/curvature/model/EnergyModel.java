package dev.curvature.model;

import dev.curvature.structure.Structure;

/**
 * A method that assigns an energy to structures (MMFF94, UFF, a learned potential...). Binding to a
 * structure does the per-topology work once (typing, parameter lookup) and returns a
 * {@link Potential} that is then evaluated at any coordinates.
 */
public interface EnergyModel {

    /** Short name, e.g. "MMFF94". */
    String name();

    /**
     * Prepares the model for this structure.
     *
     * @throws UnsupportedStructureException if the model cannot describe the structure (untyped
     *                                       atoms, missing parameters); the message names the atoms
     */
    Potential bind(Structure structure) throws UnsupportedStructureException;
}

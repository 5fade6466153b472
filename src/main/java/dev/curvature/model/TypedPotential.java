package dev.curvature.model;

/**
 * Optional interface for potentials that assign atom types (force fields). Reports and the CLI
 * show the labels when a {@link Potential} implements it; models without types need not.
 */
public interface TypedPotential {

    /**
     * One label per atom, in atom order: e.g. the MMFF94 numeric type ("37") or symbolic type
     * ("CB"), or the UFF label ("C_R"). Never null; the array is a copy the caller may keep.
     */
    String[] atomTypeLabels();
}

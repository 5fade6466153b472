package dev.curvature.workflow;

import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;

/**
 * Binds a periodic potential to a crystal of any size (unit cell, supercell, strained copy):
 * what the crystal jobs need from a LAMMPS-style potential file, and what tests substitute.
 */
@FunctionalInterface
public interface CrystalModel {
    /** @throws CrystalJobException if the potential cannot describe these atoms (message names why) */
    Potential bind(Structure structure) throws CrystalJobException;

    /** An energy model, e.g. the registry's {@code potential:FILE} ({@code --potential FILE}). */
    static CrystalModel of(dev.curvature.model.EnergyModel model) {
        return s -> {
            try {
                return model.bind(s);
            } catch (dev.curvature.model.UnsupportedStructureException e) {
                throw new CrystalJobException(e.getMessage());
            }
        };
    }

    /** For lambdas inside numerical code, where binding has already succeeded once. */
    default java.util.function.Function<Structure, Potential> unchecked() {
        return s -> {
            try {
                return bind(s);
            } catch (CrystalJobException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }
}

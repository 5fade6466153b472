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

    /** The file's potential ({@code --potential FILE}). */
    static CrystalModel of(dev.curvature.potential.lammps.PotentialFile file) {
        return s -> {
            try {
                return file.bind(s);
            } catch (dev.curvature.potential.lammps.PotentialFileException e) {
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

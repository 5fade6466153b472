package dev.curvature.potential.lammps;

import dev.curvature.model.EnergyModel;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

/**
 * A LAMMPS-style potential file as an {@link EnergyModel}: what the registry's
 * {@code potential:FILE} scheme ({@code --potential FILE}) loads. Binding maps the file's atom
 * types to the structure's elements; a mismatch is the file's one-line error.
 */
public final class PotentialFileModel implements EnergyModel {
    private final PotentialFile file;

    public PotentialFileModel(PotentialFile file) { this.file = file; }

    /** Reads the file; its errors become IOExceptions naming file and line (the registry's contract). */
    public static PotentialFileModel read(java.nio.file.Path path) throws java.io.IOException {
        try {
            return new PotentialFileModel(PotentialFile.read(path));
        } catch (PotentialFileException e) {
            throw new java.io.IOException(e.getMessage(), e);
        }
    }

    @Override public String name() { return file.pairStyle() + " (" + file.path().getFileName() + ")"; }

    @Override
    public Potential bind(Structure structure) throws UnsupportedStructureException {
        try {
            return file.bind(structure);
        } catch (PotentialFileException e) {
            throw new UnsupportedStructureException(e.getMessage());
        }
    }
}

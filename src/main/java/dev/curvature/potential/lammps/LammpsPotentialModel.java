package dev.curvature.potential.lammps;

import dev.curvature.model.EnergyModel;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A potential file as an {@link EnergyModel} (scheme {@code potential:FILE}, the CLI's
 * {@code --potential FILE}): read once, bound per structure; a structure it cannot describe
 * (other elements, a Coulomb style without a cell) gives the file's one-line message.
 */
public final class LammpsPotentialModel implements EnergyModel {
    private final PotentialFile file;

    public LammpsPotentialModel(PotentialFile file) { this.file = file; }

    @Override public String name() { return file.pairStyle() + " (" + file.path().getFileName() + ")"; }

    @Override
    public Potential bind(Structure structure) throws UnsupportedStructureException {
        try {
            return file.bind(structure);
        } catch (PotentialFileException e) {
            throw new UnsupportedStructureException(e.getMessage());
        }
    }

    /** The registry source of scheme {@value ModelRegistry#POTENTIAL_SCHEME}. */
    public static final ModelRegistry.Source SOURCE = new ModelRegistry.Source() {
        @Override public String scheme() { return ModelRegistry.POTENTIAL_SCHEME; }

        @Override public String description() {
            return "LAMMPS-style periodic potential file (pair_style lj/cut, buck/coul/long, born/coul/long, sw, tersoff, eam, eam/alloy; "
                    + "charge_equilibration gaussian|qeq|eem for self-consistent charges)";
        }

        @Override public EnergyModel load(String argument) throws IOException {
            try {
                return new LammpsPotentialModel(PotentialFile.read(Path.of(argument)));
            } catch (PotentialFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    };
}

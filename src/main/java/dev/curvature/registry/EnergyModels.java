package dev.curvature.registry;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.forcefield.uff.UffForceField;
import dev.curvature.model.ModelRegistry;

import java.util.List;

/**
 * The energy models the programs offer: one line each in {@link #ENTRIES}. "auto" tries
 * {@link #AUTO_ORDER} first to last (MMFF94 where it can type every atom, else UFF).
 *
 * <p>Models read from a file plug in as a {@link ModelRegistry.Source} in {@link #SOURCES}, named
 * by a scheme: {@code --model SCHEME:FILE} on the command line (and {@code --potential FILE} for
 * scheme {@value #POTENTIAL_SCHEME}, a LAMMPS-style periodic potential from
 * {@code dev.curvature.potential}; {@code ml:MODEL.json} for a learned model). Adding one is a line
 * here; the CLI and the plugin take it from the registry unchanged.
 */
public final class EnergyModels {
    private EnergyModels() {}

    /** The scheme {@code --potential FILE} stands for. */
    public static final String POTENTIAL_SCHEME = ModelRegistry.POTENTIAL_SCHEME;

    static final List<ModelRegistry.Entry> ENTRIES = List.of(
            new ModelRegistry.Entry("mmff94", "MMFF94 (Halgren 1996)", () -> new MmffForceField(MmffVariant.MMFF94)),
            new ModelRegistry.Entry("mmff94s", "MMFF94s (planar conjugated N)", () -> new MmffForceField(MmffVariant.MMFF94S)),
            new ModelRegistry.Entry("uff", "UFF (Rappé et al. 1992)", UffForceField::new));

    static final List<String> AUTO_ORDER = List.of("mmff94", "uff");

    /** File-based models by scheme; none yet (periodic potentials and learned models come here). */
    static final List<ModelRegistry.Source> SOURCES = List.of();

    /** A fresh registry of the standard models (models are created lazily, once per registry). */
    public static ModelRegistry registry() {
        return new ModelRegistry(ENTRIES, AUTO_ORDER, SOURCES);
    }
}

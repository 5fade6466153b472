package dev.curvature.cli;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.forcefield.uff.UffForceField;
import dev.curvature.model.ModelRegistry;

import java.util.List;

/**
 * The energy models the command line offers: one line each in {@link #ENTRIES}. "auto" tries
 * {@link #AUTO_ORDER} first to last (MMFF94 where it can type every atom, else UFF). The force
 * fields' potentials report their atom types themselves ({@link dev.curvature.model.TypedPotential}).
 */
public final class StandardModels {
    private StandardModels() {}

    static final List<ModelRegistry.Entry> ENTRIES = List.of(
            new ModelRegistry.Entry("mmff94", "MMFF94 (Halgren 1996)", () -> new MmffForceField(MmffVariant.MMFF94)),
            new ModelRegistry.Entry("mmff94s", "MMFF94s (planar conjugated N)", () -> new MmffForceField(MmffVariant.MMFF94S)),
            new ModelRegistry.Entry("uff", "UFF (Rappé et al. 1992)", UffForceField::new));

    static final List<String> AUTO_ORDER = List.of("mmff94", "uff");

    public static ModelRegistry registry() {
        return new ModelRegistry(ENTRIES, AUTO_ORDER);
    }
}

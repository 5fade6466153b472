package dev.curvature.cli;

import dev.curvature.model.ModelRegistry;

import java.util.List;

/**
 * The energy models the command line offers. Each model is one line in {@link #ENTRIES}; "auto"
 * tries {@link #AUTO_ORDER} first to last (MMFF94 where it can type every atom, else UFF).
 */
public final class StandardModels {
    private StandardModels() {}

    static final List<ModelRegistry.Entry> ENTRIES = List.of(
            // new ModelRegistry.Entry("mmff94", "MMFF94 (Halgren 1996)", () -> new dev.curvature.forcefield.mmff.MmffForceField(MmffForceField.Variant.MMFF94)),
            // new ModelRegistry.Entry("mmff94s", "MMFF94s, planar conjugated N", () -> new dev.curvature.forcefield.mmff.MmffForceField(MmffForceField.Variant.MMFF94S)),
            // new ModelRegistry.Entry("uff", "UFF (Rappé et al. 1992)", dev.curvature.forcefield.uff.UffForceField::new)
    );

    static final List<String> AUTO_ORDER = List.of("mmff94", "uff");

    public static ModelRegistry registry() {
        return new ModelRegistry(ENTRIES, AUTO_ORDER);
    }
}

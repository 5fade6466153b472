package dev.curvature.cli;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.mmff.MmffTopology;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.forcefield.uff.UffAtomTyper;
import dev.curvature.forcefield.uff.UffForceField;
import dev.curvature.model.EnergyModel;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Potential;
import dev.curvature.model.TypedPotential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

import java.util.List;

/**
 * The energy models the command line offers: one line each in {@link #ENTRIES}. "auto" tries
 * {@link #AUTO_ORDER} first to last (MMFF94 where it can type every atom, else UFF). The force
 * fields' potentials do not carry atom types themselves, so the entries attach them
 * ({@link TypedPotential}) from the typing the force field already did or cheaply redoes.
 */
public final class StandardModels {
    private StandardModels() {}

    static final List<ModelRegistry.Entry> ENTRIES = List.of(
            new ModelRegistry.Entry("mmff94", "MMFF94 (Halgren 1996)", () -> mmff(MmffVariant.MMFF94)),
            new ModelRegistry.Entry("mmff94s", "MMFF94s (planar conjugated N)", () -> mmff(MmffVariant.MMFF94S)),
            new ModelRegistry.Entry("uff", "UFF (Rappé et al. 1992)", StandardModels::uff));

    static final List<String> AUTO_ORDER = List.of("mmff94", "uff");

    public static ModelRegistry registry() {
        return new ModelRegistry(ENTRIES, AUTO_ORDER);
    }

    /** MMFF with its numeric atom types as labels; the topology is built once and reused. */
    private static EnergyModel mmff(MmffVariant variant) {
        MmffForceField ff = new MmffForceField(variant);
        return new EnergyModel() {
            @Override public String name() { return ff.name(); }
            @Override public Potential bind(Structure s) throws UnsupportedStructureException {
                if (s.isPeriodic()) return ff.bind(s); // lets the force field refuse it with its own message
                MmffTopology topology = MmffTopology.build(s, variant);
                String[] labels = new String[s.atomCount()];
                for (int a = 0; a < labels.length; a++) labels[a] = Integer.toString(topology.numericTypes()[a]);
                return TypedPotential.withLabels(ff.bind(topology, s.atomCount()), labels);
            }
        };
    }

    /** UFF with its atom labels (C_R, O_2, ...); typing is cheap next to building the terms. */
    private static EnergyModel uff() {
        UffForceField ff = new UffForceField();
        UffAtomTyper typer = new UffAtomTyper();
        return new EnergyModel() {
            @Override public String name() { return ff.name(); }
            @Override public Potential bind(Structure s) throws UnsupportedStructureException {
                Potential p = ff.bind(s);
                return TypedPotential.withLabels(p, typer.type(s).labels());
            }
        };
    }
}

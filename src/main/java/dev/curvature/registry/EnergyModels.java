package dev.curvature.registry;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.forcefield.uff.UffForceField;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.model.EnergyModel;
import dev.curvature.ml.MlModel;
import dev.curvature.model.ModelRegistry;
import dev.curvature.potential.lammps.LammpsPotentialModel;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The scheme of learned potentials, {@code ml:MODEL.json} (written by {@code curvature train}). */
    public static final String ML_SCHEME = MlModel.SCHEME;

    static final List<ModelRegistry.Entry> ENTRIES = List.of(
            new ModelRegistry.Entry("mmff94", "MMFF94 (Halgren 1996)", () -> new MmffForceField(MmffVariant.MMFF94)),
            new ModelRegistry.Entry("mmff94s", "MMFF94s (planar conjugated N)", () -> new MmffForceField(MmffVariant.MMFF94S)),
            new ModelRegistry.Entry("uff", "UFF (Rappé et al. 1992)", UffForceField::new),
            new ModelRegistry.Entry("gfn2", "GFN2-xTB tight binding (Bannwarth et al. 2019) with self-consistent D4", dev.curvature.xtb.Gfn2Model::new));

    static final List<String> AUTO_ORDER = List.of("mmff94", "uff");

    /** File-based models by scheme: LAMMPS-style periodic potentials (learned models come here too). */
    static final List<ModelRegistry.Source> SOURCES = List.of(LammpsPotentialModel.SOURCE, MlModel.SOURCE);

    /**
     * The registry with every force field's non-bonded energies smoothly cut off at cutoffAngstrom
     * ({@link NonbondedCutoff#of}); a model without non-bonded pairs to cut refuses to bind rather
     * than silently ignoring the request.
     */
    public static ModelRegistry withNonbondedCutoff(ModelRegistry base, double cutoffAngstrom) {
        NonbondedCutoff c = NonbondedCutoff.of(cutoffAngstrom);
        List<ModelRegistry.Entry> entries = base.entries().stream()
                .map(e -> new ModelRegistry.Entry(e.id(), e.description(), () -> withCutoff(e.factory().get(), c)))
                .toList();
        return new ModelRegistry(entries, base.autoOrder(), SOURCES);
    }

    /** How non-bonded pairs are treated with this cutoff (null: all pairs), for JSON records. */
    public static Map<String, Object> nonbondedTreatment(Double cutoffAngstrom) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (cutoffAngstrom == null) {
            o.put("pairs", "all beyond 1-3 (no cutoff)");
            return o;
        }
        NonbondedCutoff c = NonbondedCutoff.of(cutoffAngstrom);
        o.put("pairs", "within cutoff, smoothly switched");
        o.put("switch_on_angstrom", c.switchOnAngstrom());
        o.put("cutoff_angstrom", c.cutoffAngstrom());
        o.put("switch", "quintic 1-10t^3+15t^4-6t^5 (continuous gradient and Hessian)");
        o.put("electrostatics", "shifted by the pair energy at the cutoff, then switched");
        return o;
    }

    /** The same in one line for text reports. */
    public static String nonbondedTreatmentText(Double cutoffAngstrom) {
        return cutoffAngstrom == null ? "all pairs (no cutoff)" : NonbondedCutoff.of(cutoffAngstrom).describe();
    }

    private static EnergyModel withCutoff(EnergyModel m, NonbondedCutoff c) {
        if (m instanceof MmffForceField mmff) return mmff.withCutoff(c);
        if (m instanceof UffForceField uff) return uff.withCutoff(c);
        return new EnergyModel() {
            @Override public String name() { return m.name(); }
            @Override public Potential bind(Structure s) throws UnsupportedStructureException {
                throw new UnsupportedStructureException(m.name() + " has no non-bonded cutoff; run without --cutoff");
            }
        };
    }

    /** A fresh registry of the standard models (models are created lazily, once per registry). */
    public static ModelRegistry registry() {
        return new ModelRegistry(ENTRIES, AUTO_ORDER, SOURCES);
    }
}

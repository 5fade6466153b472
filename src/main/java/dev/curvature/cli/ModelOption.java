package dev.curvature.cli;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.uff.UffForceField;
import dev.curvature.model.EnergyModel;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** --model and --cutoff, shared by every command that evaluates an energy model. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "MODEL", defaultValue = ModelRegistry.AUTO,
            description = "Energy model: ${COMPLETION-CANDIDATES}. auto uses MMFF94 if it types every atom, else UFF. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ModelIds.class)
    String model;

    @Option(names = "--cutoff", paramLabel = "Å",
            description = "Smooth non-bonded cutoff (Å): vdW and electrostatics switched to zero over the last 2 Å "
                    + "(continuous gradient and Hessian; Coulomb also shifted to zero at the cutoff); O(N) cost for "
                    + "large systems. Default: all pairs (exact).")
    Double cutoff;

    /** The registry to bind from: the given one, or one whose force fields use the --cutoff. */
    ModelRegistry registry(CommandSpec spec, ModelRegistry base) {
        NonbondedCutoff c = nonbondedCutoff(spec);
        if (c == null) return base;
        List<ModelRegistry.Entry> entries = base.entries().stream()
                .map(e -> new ModelRegistry.Entry(e.id(), e.description(), () -> withCutoff(e.factory().get(), c)))
                .toList();
        return new ModelRegistry(entries, base.autoOrder());
    }

    /** The parsed cutoff or null; a usage error (exit 2) names the option when it makes no sense. */
    NonbondedCutoff nonbondedCutoff(CommandSpec spec) {
        if (cutoff == null) return null;
        if (!(cutoff >= 2 && cutoff <= 1000))
            throw new ParameterException(spec.commandLine(), "--cutoff must be between 2 and 1000 Å, got " + cutoff);
        return NonbondedCutoff.of(cutoff);
    }

    /** How non-bonded pairs were treated, for JSON records. */
    Map<String, Object> nonbondedJson() {
        Map<String, Object> o = new LinkedHashMap<>();
        if (cutoff == null) {
            o.put("pairs", "all beyond 1-3 (no cutoff)");
            return o;
        }
        NonbondedCutoff c = NonbondedCutoff.of(cutoff);
        o.put("pairs", "within cutoff, smoothly switched");
        o.put("switch_on_angstrom", c.switchOnAngstrom());
        o.put("cutoff_angstrom", c.cutoffAngstrom());
        o.put("switch", "quintic 1-10t^3+15t^4-6t^5 (continuous gradient and Hessian)");
        o.put("electrostatics", "shifted by the pair energy at the cutoff, then switched");
        return o;
    }

    /** The same for text reports. */
    String nonbondedText() {
        return cutoff == null ? "all pairs (no cutoff)" : NonbondedCutoff.of(cutoff).describe();
    }

    private static EnergyModel withCutoff(EnergyModel m, NonbondedCutoff c) {
        if (m instanceof MmffForceField mmff) return mmff.withCutoff(c);
        if (m instanceof UffForceField uff) return uff.withCutoff(c);
        return new EnergyModel() {   // a model without non-bonded pairs to cut: refuse rather than ignore --cutoff
            @Override public String name() { return m.name(); }
            @Override public Potential bind(Structure s) throws UnsupportedStructureException {
                throw new UnsupportedStructureException(m.name() + " has no non-bonded cutoff; run without --cutoff");
            }
        };
    }

    /** Lists the registry's ids in --help. */
    static final class ModelIds implements Iterable<String> {
        static ModelRegistry registry;
        @Override public java.util.Iterator<String> iterator() {
            return (registry == null ? List.of(ModelRegistry.AUTO) : registry.ids()).iterator();
        }
    }
}

package dev.curvature.cli;

import com.google.gson.Gson;
import dev.curvature.io.Record;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Property;
import dev.curvature.model.Potential;
import dev.curvature.model.TypedPotential;
import dev.curvature.structure.Structure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature energy}: energy, its terms, atom types and gradient of each structure. */
@Command(name = "energy", mixinStandardHelpOptions = true,
        description = {"Energy, its terms, atom types and gradient of each structure in INPUT (kcal/mol and kcal/mol/Å for the force fields and GFN2-xTB; a learned potential's own unit, e.g. eV)."})
final class EnergyCommand implements Callable<Integer> {
    /**
     * Force-field term keys, in this order, present for every force field (0 when it has no such
     * term). A model whose terms are of another kind (GFN2-xTB: electronic, repulsion, dispersion…)
     * lists only its own: zeros under force-field names would read as computed values.
     */
    static final List<String> STANDARD_TERMS = List.of("bond", "angle", "stretch_bend", "oop", "torsion", "vdw", "electrostatic");

    private final ModelRegistry registry;

    @Spec CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOption output;

    @Mixin ModelOption modelOption;

    @Option(names = "--json", description = "One JSON object per structure per line.")
    boolean json;


    EnergyCommand(ModelRegistry registry) {
        this.registry = registry;
        ModelOption.ModelIds.registry = registry;
    }

    @Override
    public Integer call() {
        if (PeriodicCommands.isCrystalRun(modelOption, input)) return PeriodicCommands.energy(spec, registry, input.input, modelOption.crystalModel(), json);
        PrintWriter out = spec.commandLine().getOut();
        Gson gson = Json.gson();
        return RecordLoop.run(spec, input, output, modelOption.registry(spec, registry), modelOption.spec(spec.commandLine()), json, (r, binding) -> {
            Evaluation ev = Evaluation.of(binding.potential(), r.structure());
            if (!Double.isFinite(ev.energy())) throw new RecordLoop.JobFailure("the energy is not finite (" + ev.energy() + ")");
            for (double g : ev.gradient()) if (!Double.isFinite(g)) throw new RecordLoop.JobFailure("the gradient is not finite");
            if (json) {
                Map<String, Object> o = jsonObject(r, binding, ev);
                o.put("nonbonded", modelOption.nonbondedJson());
                out.println(Json.line(gson, o));
            }
            else {
                printText(out, r, binding, ev);
                out.printf(Locale.ROOT, "  non-bonded %s%n", modelOption.nonbondedText());
            }
            return r.structure();
        });
    }

    /** Energy, terms, gradient and atom types of one structure. */
    record Evaluation(double energy, Map<String, Double> terms, double[] gradient, String[] atomTypes) {
        static Evaluation of(Potential p, Structure s) {
            double[] x = s.positions();
            double[] g = new double[x.length];
            double e = p.evaluate(x, g, null);
            Map<String, Double> own = p.energyTerms(x);
            Map<String, Double> terms = new LinkedHashMap<>();
            if (STANDARD_TERMS.stream().anyMatch(own::containsKey)) {
                for (String t : STANDARD_TERMS) terms.put(t, 0.0);
            }
            terms.putAll(own);
            String[] types = p instanceof TypedPotential tp ? tp.atomTypeLabels() : null;
            return new Evaluation(e, terms, g, types);
        }
    }

    private static Map<String, Object> jsonObject(Record r, ModelRegistry.Binding b, Evaluation ev) {
        Structure s = r.structure();
        Map<String, Object> o = Json.recordHeader(r, b.model().name());
        o.put("energy", ev.energy());
        o.put("terms", ev.terms());
        List<String> elements = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++) elements.add(s.element(a).symbol());
        o.put("elements", elements);
        o.put("atom_types", ev.atomTypes() == null ? null : List.of(ev.atomTypes()));
        o.put("gradient", Json.perAtom(ev.gradient()));
        o.put("missing_hydrogens", r.missingHydrogens());
        o.put("units", Json.Units.of(b.potential().units()).with("energy", Property.ENERGY).with("terms", Property.ENERGY)
                .with("gradient", Property.GRADIENT).map());
        return o;
    }

    private static void printText(PrintWriter out, Record r, ModelRegistry.Binding b, Evaluation ev) {
        Structure s = r.structure();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, charge %d%n", r.location(), s.formula(), s.atomCount(), s.totalCharge());
        out.printf(Locale.ROOT, "  model   %s%n", b.model().name());
        String unit = b.potential().units().energyUnit();
        out.printf(Locale.ROOT, "  energy  %.6f %s%n", ev.energy(), unit);
        if (!ev.terms().isEmpty()) out.printf(Locale.ROOT, "  terms (%s):%n", unit);
        ev.terms().forEach((k, v) -> out.printf(Locale.ROOT, "    %-14s %16.6f%n", k, v));
        out.printf(Locale.ROOT, "  atoms: type, gradient dE/dx dE/dy dE/dz (%s/Å):%n", unit);
        for (int a = 0; a < s.atomCount(); a++) {
            String type = ev.atomTypes() == null ? "-" : ev.atomTypes()[a];
            out.printf(Locale.ROOT, "    %4d %-2s %-6s %14.6f %14.6f %14.6f%n", a + 1, s.element(a).symbol(), type,
                    ev.gradient()[3 * a], ev.gradient()[3 * a + 1], ev.gradient()[3 * a + 2]);
        }
    }
}

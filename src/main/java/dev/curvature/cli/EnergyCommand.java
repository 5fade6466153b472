package dev.curvature.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.curvature.io.Record;
import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureReader;
import dev.curvature.io.StructureWriter;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Potential;
import dev.curvature.model.TypedPotential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature energy}: energy, its terms, atom types and gradient of each structure. */
@Command(name = "energy", mixinStandardHelpOptions = true,
        description = {"Energy (kcal/mol), its terms, atom types and gradient (kcal/mol/Å) of each structure in INPUT."})
final class EnergyCommand implements Callable<Integer> {
    /** Term keys always present in the output, in this order (0 when a model has no such term). */
    static final List<String> STANDARD_TERMS = List.of("bond", "angle", "stretch_bend", "oop", "torsion", "vdw", "electrostatic");

    private final ModelRegistry registry;

    @Spec CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOption output;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = ModelRegistry.AUTO,
            description = "Energy model: ${COMPLETION-CANDIDATES}. auto uses MMFF94 if it types every atom, else UFF. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ModelIds.class)
    String model;

    @Option(names = "--json", description = "One JSON object per structure per line.")
    boolean json;

    EnergyCommand(ModelRegistry registry) {
        this.registry = registry;
        ModelIds.registry = registry;
    }

    /** Lists the registry's ids in --help. */
    static final class ModelIds implements Iterable<String> {
        static ModelRegistry registry;
        @Override public java.util.Iterator<String> iterator() {
            return (registry == null ? List.of(ModelRegistry.AUTO) : registry.ids()).iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!registry.knows(model))
            throw new ParameterException(spec.commandLine(), "unknown model '" + model + "' (available: " + String.join(", ", registry.ids()) + ")");
        Path inputFile = input.file();
        try {
            output.check(inputFile);
        } catch (StructureInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Gson gson = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping().create();
        List<Structure> written = new ArrayList<>();
        int failures = 0;
        int records = 0;
        String lastAutoModel = null;
        try (StructureReader reader = input.open()) {
            while (reader.hasNext()) {
                Record r = reader.next();
                records++;
                if (!r.isOk()) { err.println(r.errorMessage()); failures++; continue; }
                for (String w : r.warnings()) err.println(r.location() + ": warning: " + w);
                if (r.missingHydrogens())
                    err.println(r.location() + ": warning: hydrogens are missing (heavy atoms only or implicit hydrogens);"
                            + " energies are not meaningful without them (use --add-hydrogens)");
                Structure s = r.structure();
                ModelRegistry.Binding binding;
                try {
                    binding = registry.bind(model, s);
                } catch (UnsupportedStructureException e) {
                    err.println(r.location() + ": " + e.getMessage());
                    failures++;
                    continue;
                }
                if (model.equalsIgnoreCase(ModelRegistry.AUTO) && !json
                        && (!binding.skipped().isEmpty() || !binding.model().name().equals(lastAutoModel))) {
                    // said once per run of records with the same choice, and whenever a fallback happened
                    for (String why : binding.skipped()) err.println(r.location() + ": note: " + why);
                    err.println(r.location() + ": note: model auto: using " + binding.model().name());
                    lastAutoModel = binding.model().name();
                }
                Evaluation ev = Evaluation.of(binding.potential(), s);
                if (json) out.println(gson.toJson(jsonObject(r, binding, ev)));
                else printText(out, r, binding, ev);
                out.flush();
                written.add(s);
            }
            if (records == 0) { err.println(reader.noStructuresMessage()); return Main.FAILED; }
        } catch (StructureInputException e) {
            err.println(e.getMessage());
            return Main.FAILED;
        } catch (java.io.IOException e) {
            err.println(input.input + ": " + e.getMessage());
            return Main.FAILED;
        }
        if (output.output != null) {
            try {
                StructureWriter.write(output.output, written, OutputOption.inputs(inputFile));
            } catch (StructureInputException e) {
                err.println(e.getMessage());
                return Main.FAILED;
            }
        }
        return failures > 0 ? Main.FAILED : Main.OK;
    }

    /** Energy, terms, gradient and atom types of one structure. */
    record Evaluation(double energy, Map<String, Double> terms, double[] gradient, String[] atomTypes) {
        static Evaluation of(Potential p, Structure s) {
            double[] x = s.positions();
            double[] g = new double[x.length];
            double e = p.evaluate(x, g, null);
            Map<String, Double> terms = new LinkedHashMap<>();
            for (String t : STANDARD_TERMS) terms.put(t, 0.0);
            terms.putAll(p.energyTerms(x));
            String[] types = p instanceof TypedPotential tp ? tp.atomTypeLabels() : null;
            return new Evaluation(e, terms, g, types);
        }
    }

    private static Map<String, Object> jsonObject(Record r, ModelRegistry.Binding b, Evaluation ev) {
        Structure s = r.structure();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", s.name());
        o.put("source", r.source());
        o.put("record", r.number());
        o.put("formula", s.formula());
        o.put("atoms", s.atomCount());
        o.put("charge", s.totalCharge());
        o.put("model", b.model().name());
        o.put("energy", ev.energy());
        o.put("terms", ev.terms());
        List<String> elements = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++) elements.add(s.element(a).symbol());
        o.put("elements", elements);
        o.put("atom_types", ev.atomTypes() == null ? null : List.of(ev.atomTypes()));
        List<double[]> grad = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++)
            grad.add(new double[]{ev.gradient()[3 * a], ev.gradient()[3 * a + 1], ev.gradient()[3 * a + 2]});
        o.put("gradient", grad);
        o.put("missing_hydrogens", r.missingHydrogens());
        return o;
    }

    private static void printText(PrintWriter out, Record r, ModelRegistry.Binding b, Evaluation ev) {
        Structure s = r.structure();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, charge %d%n", r.location(), s.formula(), s.atomCount(), s.totalCharge());
        out.printf(Locale.ROOT, "  model   %s%n", b.model().name());
        out.printf(Locale.ROOT, "  energy  %.6f kcal/mol%n", ev.energy());
        out.println("  terms (kcal/mol):");
        ev.terms().forEach((k, v) -> out.printf(Locale.ROOT, "    %-14s %16.6f%n", k, v));
        out.println("  atoms: type, gradient dE/dx dE/dy dE/dz (kcal/mol/Å):");
        for (int a = 0; a < s.atomCount(); a++) {
            String type = ev.atomTypes() == null ? "-" : ev.atomTypes()[a];
            out.printf(Locale.ROOT, "    %4d %-2s %-6s %14.6f %14.6f %14.6f%n", a + 1, s.element(a).symbol(), type,
                    ev.gradient()[3 * a], ev.gradient()[3 * a + 1], ev.gradient()[3 * a + 2]);
        }
    }
}

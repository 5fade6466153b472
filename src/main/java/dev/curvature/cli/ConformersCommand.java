package dev.curvature.cli;

import com.google.gson.Gson;
import dev.curvature.build.embed.ConformerBuilder;
import dev.curvature.build.embed.ConformerSearch;
import dev.curvature.build.embed.EmbeddingException;
import dev.curvature.build.embed.SmilesMolecule;
import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureWriter;
import dev.curvature.model.ModelRegistry;
import dev.curvature.structure.Structure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature conformers}: the lowest-energy distinct conformers of each molecule. */
@Command(name = "conformers", mixinStandardHelpOptions = true,
        description = {"Generate the N lowest-energy distinct conformers of each molecule in INPUT (SMILES or a structure file):",
                "distance-geometry embeddings with torsion preferences, each minimised with the model, pruned by heavy-atom RMSD",
                "after optimal superposition (symmetry-equivalent atoms may swap). Stereo is that of the input."})
final class ConformersCommand implements Callable<Integer> {
    private final ModelRegistry registry;

    @Spec CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOption output;
    @Mixin ModelOption modelOption;

    @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "Number of conformers to keep (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--rmsd", paramLabel = "R", defaultValue = "0.5",
            description = "Minimum heavy-atom RMSD (Å) between kept conformers (default ${DEFAULT-VALUE}).")
    double rmsd;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "One JSON object per molecule per line.")
    boolean json;

    ConformersCommand(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        if (count < 1 || count > 100) throw new ParameterException(spec.commandLine(), "-n must be between 1 and 100, got " + count);
        if (!(rmsd >= 0) || !Double.isFinite(rmsd)) throw new ParameterException(spec.commandLine(), "--rmsd must be a finite value >= 0, got " + rmsd);
        PrintWriter out = spec.commandLine().getOut();
        Gson gson = Json.gson();
        List<Structure> toWrite = new ArrayList<>();
        int status = RecordLoop.run(spec, input, output, registry, modelOption.model, json, (r, binding) -> {
            Structure s = r.structure();
            SmilesMolecule m;
            try {
                m = ConformerSearch.fromStructure(s);
            } catch (EmbeddingException e) {
                throw new RecordLoop.JobFailure(e.getMessage());
            }
            ConformerSearch.Result res = ConformerSearch.search(m, s.name(), x -> binding.potential(), count, rmsd, seed);
            if (res.conformers().isEmpty())
                throw new RecordLoop.JobFailure("no conformer could be built" + (res.failures().isEmpty() ? "" : ": " + res.failures().get(0)));
            double lowest = res.conformers().get(0).energyKcalPerMol();
            if (json) out.println(gson.toJson(jsonObject(r, binding, res, lowest)));
            else printText(out, r, binding, res, lowest);
            int k = 0;
            for (ConformerBuilder.Conformer c : res.conformers())
                toWrite.add(c.structure().withName(String.format(Locale.ROOT, "%s conformer %d E=%.4f kcal/mol dE=%.4f kcal/mol",
                        s.name().isEmpty() ? s.formula() : s.name(), ++k, c.energyKcalPerMol(), c.energyKcalPerMol() - lowest)));
            return null;
        });
        if (output.output != null && !toWrite.isEmpty()) {
            try {
                StructureWriter.write(output.output, toWrite, OutputOption.inputs(input.file()));
            } catch (StructureInputException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.FAILED;
            }
        }
        return status;
    }

    private void printText(PrintWriter out, dev.curvature.io.Record r, ModelRegistry.Binding b, ConformerSearch.Result res, double lowest) {
        Structure s = r.structure();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, model %s: %d distinct conformers (RMSD >= %.2f Å) from %d embeddings (%d succeeded)%n",
                r.location(), s.formula(), s.atomCount(), b.model().name(), res.conformers().size(), rmsd, res.embeddings(), res.succeeded());
        out.printf(Locale.ROOT, "  %3s  %16s  %14s  %s%n", "#", "energy kcal/mol", "rel. kcal/mol", "converged");
        int k = 0;
        for (ConformerBuilder.Conformer c : res.conformers())
            out.printf(Locale.ROOT, "  %3d  %16.4f  %14.4f  %s%n", ++k, c.energyKcalPerMol(), c.energyKcalPerMol() - lowest, c.converged() ? "yes" : "no");
    }

    private Map<String, Object> jsonObject(dev.curvature.io.Record r, ModelRegistry.Binding b, ConformerSearch.Result res, double lowest) {
        Map<String, Object> o = Json.recordHeader(r, b.model().name());
        o.put("units", Map.of("energy", "kcal/mol", "relative_energy", "kcal/mol", "positions", "angstrom", "rmsd_threshold", "angstrom"));
        o.put("rmsd_threshold", rmsd);
        o.put("embeddings", res.embeddings());
        o.put("embeddings_succeeded", res.succeeded());
        List<Map<String, Object>> list = new ArrayList<>();
        for (ConformerBuilder.Conformer c : res.conformers()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("energy", c.energyKcalPerMol());
            e.put("relative_energy", c.energyKcalPerMol() - lowest);
            e.put("converged", c.converged());
            e.put("positions", Json.perAtom(c.structure().positions()));
            list.add(e);
        }
        o.put("conformers", list);
        return o;
    }
}

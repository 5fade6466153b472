package dev.curvature.cli;

import com.google.gson.Gson;
import dev.curvature.io.OutputGuard;
import dev.curvature.io.Record;
import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureReader;
import dev.curvature.io.StructureWriter;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.path.Interpolation;
import dev.curvature.path.NebOptions;
import dev.curvature.path.NudgedElasticBand;
import dev.curvature.structure.OverlappingAtomsException;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.ReactionPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature neb}: the minimum-energy path between two structures and the saddle point on it. */
@Command(name = "neb", mixinStandardHelpOptions = true,
        description = {"Find the minimum-energy path from START to END (same atoms, same order) with a climbing-image nudged",
                "elastic band, then refine its highest image into a first-order saddle point (partitioned RFO along the path)",
                "and check its imaginary mode. Exit code 1 if the band or the saddle search did not converge.",
                "A force field keeps its bonds: with one, paths are conformational (rotations, inversions, ring flips)."})
final class NebCommand implements Callable<Integer> {
    private final ModelRegistry registry;

    @Spec CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOption output;
    @Mixin ModelOption modelOption;

    @Parameters(index = "1", paramLabel = "END", description = "The other end of the path (a structure file; its first record).")
    Path end;

    @Option(names = "--images", defaultValue = "7", description = "Images between the two ends (default ${DEFAULT-VALUE}).")
    int images;

    @Option(names = "--spring", paramLabel = "K", defaultValue = "5.0",
            description = "Spring constant along the band, kcal/mol/Å² (default ${DEFAULT-VALUE}).")
    double spring;

    @Option(names = "--fmax", paramLabel = "F", defaultValue = "0.05",
            description = "Band converged when every atom's band force is below F, kcal/mol/Å (default ${DEFAULT-VALUE}).")
    double fmax;

    @Option(names = "--max-iterations", defaultValue = "2000", description = "FIRE steps at most (default ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--interpolation", defaultValue = "idpp",
            description = "First band: idpp (image-dependent pair potential, default) or linear.")
    String interpolation;

    @Option(names = "--no-climb", description = "No climbing image (the highest image then only approximates the saddle).")
    boolean noClimb;

    @Option(names = "--keep-ends", description = "Use START and END as given; by default both are minimized first (a band between "
            + "points that are not minima slides downhill at its ends).")
    boolean keepEnds;

    @Option(names = "--no-align", description = "Keep END as given instead of superposing it onto START (least RMSD), "
            + "when that orientation is not the reacting one.")
    boolean noAlign;

    @Option(names = "--no-refine", description = "Do not refine the highest image into a saddle point.")
    boolean noRefine;

    @Option(names = "--saddle", paramLabel = "FILE", description = "Write the refined saddle point to FILE (.xyz or .sdf).")
    Path saddleFile;

    @Option(names = "--json", description = "One JSON object with the band and the saddle point.")
    boolean json;

    NebCommand(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        NebOptions options = options();
        OutputGuard guard = RecordLoop.guard(spec, input, output, List.of(end), "--saddle", saddleFile);
        if (saddleFile != null && noRefine) throw new ParameterException(spec.commandLine(), "--saddle needs the refinement (drop --no-refine)");
        ModelRegistry models = modelOption.registry(spec, registry);
        String model = modelOption.spec(spec.commandLine());
        if (!models.knows(model))
            throw new ParameterException(spec.commandLine(), "unknown model '" + model + "' (available: " + models.available() + ")");
        try {
            Structure start = first(input.open(), input.input);
            if (!Files.isRegularFile(end)) throw new StructureInputException(end + ": no such file");
            Structure finish = first(StructureReader.open(end, input.readOptions()), end.toString());
            ReactionPath.checkSameAtoms(start, finish);
            ModelRegistry.Binding binding = models.bind(model, start);
            if (model.equalsIgnoreCase(ModelRegistry.AUTO)) err.println(input.input + ": note: model auto: using " + binding.model().name());
            ReactionPath.Result r = ReactionPath.run(binding.potential(), start, finish, options, !keepEnds, !noAlign, !noRefine,
                    NudgedElasticBand.Observer.NONE);
            writeFiles(guard, start, r);
            if (json) out.println(Json.line(Json.gson(), jsonObject(binding, r)));
            else printText(out, binding, r);
            String failure = failure(r);
            if (failure != null) {
                err.println(input.input + " -> " + end + ": " + failure);
                return Main.FAILED;
            }
            return Main.OK;
        } catch (StructureInputException | ReactionPath.EndsException | UnsupportedStructureException | RecordLoop.JobFailure e) {
            err.println(e.getMessage().startsWith(input.input) ? e.getMessage() : input.input + " -> " + end + ": " + e.getMessage());
            return Main.FAILED;
        } catch (IllegalArgumentException | IllegalStateException e) { // the engine's one-line refusals: overlapping atoms, an SCC that does not converge
            err.println(input.input + " -> " + end + ": " + e.getMessage());
            return Main.FAILED;
        } catch (java.io.IOException e) {
            err.println(input.input + ": " + e.getMessage());
            return Main.FAILED;
        }
    }

    private NebOptions options() {
        Interpolation how;
        switch (interpolation.toLowerCase(Locale.ROOT)) {
            case "idpp": how = Interpolation.IDPP; break;
            case "linear": how = Interpolation.LINEAR; break;
            default: throw new ParameterException(spec.commandLine(), "--interpolation must be idpp or linear, got '" + interpolation + "'");
        }
        if (images < 1 || images > 200) throw new ParameterException(spec.commandLine(), "--images must be between 1 and 200, got " + images);
        if (!(spring > 0) || !Double.isFinite(spring)) throw new ParameterException(spec.commandLine(), "--spring must be positive, got " + spring);
        if (!(fmax > 0) || !Double.isFinite(fmax)) throw new ParameterException(spec.commandLine(), "--fmax must be positive, got " + fmax);
        if (maxIterations < 1) throw new ParameterException(spec.commandLine(), "--max-iterations must be at least 1, got " + maxIterations);
        return new NebOptions(images, spring, !noClimb, fmax, maxIterations, how);
    }

    /** The first record of a file (or SMILES), or a one-line error naming it. */
    private static Structure first(StructureReader reader, String what) throws StructureInputException, java.io.IOException {
        try (reader) {
            if (!reader.hasNext()) throw new StructureInputException(reader.noStructuresMessage());
            Record r = reader.next();
            if (!r.isOk()) throw new StructureInputException(r.errorMessage());
            OverlappingAtomsException.check(r.structure());
            return r.structure();
        }
    }

    private void writeFiles(OutputGuard guard, Structure template, ReactionPath.Result r) throws StructureInputException {
        NudgedElasticBand.Result band = r.band();
        if (output.output != null) {
            List<Structure> path = new ArrayList<>();
            double e0 = band.energies()[0];
            for (int i = 0; i < band.images().length; i++)
                path.add(template.withPositions(band.images()[i]).withName(String.format(Locale.ROOT,
                        "image %d of %d, E=%.6f kcal/mol, dE=%.6f kcal/mol%s", i, band.images().length - 1, band.energies()[i],
                        band.energies()[i] - e0, i == band.highest() ? (band.climbed() ? " (climbing image)" : " (highest)") : "")));
            String problem = guard.whyNot(output.output);
            if (problem != null) throw new StructureInputException(problem);
            StructureWriter.write(output.output, path, List.of(input.file() == null ? end : input.file(), end));
        }
        if (saddleFile != null && r.saddle() != null) {
            String problem = guard.whyNot(saddleFile);
            if (problem != null) throw new StructureInputException(problem);
            StructureWriter.write(saddleFile, List.of(template.withPositions(r.saddle().positionsAngstrom()).withName(String.format(Locale.ROOT,
                    "saddle point, E=%.6f kcal/mol%s", r.saddle().energyKcalPerMol(), r.saddleConfirmed() ? "" : " (not confirmed)"))),
                    List.of(input.file() == null ? end : input.file(), end));
        }
    }

    /** Why the run is not a success, or null. */
    private String failure(ReactionPath.Result r) {
        NudgedElasticBand.Result b = r.band();
        if (!b.converged())
            return String.format(Locale.ROOT, "the band did not converge in %d steps (largest force %.3g kcal/mol/Å, threshold %.3g); "
                    + "try more --images, a larger --max-iterations or a looser --fmax", b.steps(), b.maxForce(), fmax);
        if (noRefine) return null;
        if (!r.saddle().converged()) return "the saddle search from the highest image did not converge: " + r.saddle().nonConvergenceMessage();
        int imaginary = r.saddleModes() == null ? -1 : r.saddleModes().imaginaryModeCount();
        if (imaginary != 1) return "the saddle search ended on a point with " + imaginary + " imaginary modes, not a first-order saddle";
        if (!(r.imaginaryAlongPath() > 0.5))
            return String.format(Locale.ROOT, "the saddle's imaginary mode is not along the band (overlap %.2f): another saddle was found", r.imaginaryAlongPath());
        return null;
    }

    private void printText(PrintWriter out, ModelRegistry.Binding b, ReactionPath.Result r) {
        NudgedElasticBand.Result band = r.band();
        out.printf(Locale.ROOT, "%s -> %s: model %s, ends %s, %d images, %s band %s after %d steps (largest force %.3g kcal/mol/Å)%n",
                input.input, end, b.model().name(), keepEnds ? "as given" : "minimized", band.images().length - 2,
                band.climbed() ? "climbing-image" : "plain", band.converged() ? "converged" : "NOT converged", band.steps(), band.maxForce());
        out.printf(Locale.ROOT, "  %5s  %16s  %16s%n", "image", "energy kcal/mol", "rel. kcal/mol");
        for (int i = 0; i < band.energies().length; i++)
            out.printf(Locale.ROOT, "  %5d  %16.6f  %16.6f%s%n", i, band.energies()[i], band.energies()[i] - band.energies()[0],
                    i == band.highest() ? (band.climbed() ? "  <- climbing image" : "  <- highest") : "");
        if (r.saddle() == null) return;
        double imaginary = r.saddleModes() != null && r.saddleModes().modeCount() > 0 ? r.saddleModes().frequencyCm1(0) : Double.NaN;
        out.printf(Locale.ROOT, "  saddle point: E = %.6f kcal/mol, barrier %.6f kcal/mol from START, %.6f from END; %s, %d imaginary mode(s), "
                        + "lowest %.1f cm-1 (negative = imaginary), overlap with the path %.3f%n",
                r.saddle().energyKcalPerMol(), r.saddle().energyKcalPerMol() - band.energies()[0],
                r.saddle().energyKcalPerMol() - band.energies()[band.energies().length - 1],
                r.saddle().converged() ? "converged" : "NOT converged", r.saddleModes() == null ? -1 : r.saddleModes().imaginaryModeCount(),
                imaginary, r.imaginaryAlongPath());
    }

    private Map<String, Object> jsonObject(ModelRegistry.Binding b, ReactionPath.Result r) {
        NudgedElasticBand.Result band = r.band();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("start", input.input);
        o.put("end", end.toString());
        o.put("model", b.model().name());
        // the same quantity names as every other record: energy (also relative energies and barriers),
        // force (max_force), length (positions), frequency (lowest_frequency)
        o.put("units", OptimizeCommand.optimizationUnits(Json.Units.of(b.potential().units()))
                .with("spring_constant", "kcal/mol/Å²").with("frequency", "cm⁻¹").map());
        o.put("ends_minimized", !keepEnds);
        o.put("ends_aligned", !noAlign);
        o.put("interpolation", interpolation.toLowerCase(Locale.ROOT));
        o.put("spring_constant", spring);
        o.put("climbing_image", band.climbed());
        o.put("band_converged", band.converged());
        o.put("steps", band.steps());
        o.put("max_force", band.maxForce());
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < band.images().length; i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("energy", band.energies()[i]);
            e.put("relative_energy", band.energies()[i] - band.energies()[0]);
            e.put("positions", Json.perAtom(band.images()[i]));
            list.add(e);
        }
        o.put("images", list);
        o.put("highest_image", band.highest());
        o.put("band_barrier", r.bandBarrier());
        if (r.saddle() != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("energy", r.saddle().energyKcalPerMol());
            s.put("barrier_from_start", r.saddle().energyKcalPerMol() - band.energies()[0]);
            s.put("barrier_from_end", r.saddle().energyKcalPerMol() - band.energies()[band.energies().length - 1]);
            s.put("converged", r.saddle().converged());
            s.put("max_force", r.saddle().maxForce());
            s.put("imaginary_modes", r.saddleModes() == null ? null : r.saddleModes().imaginaryModeCount());
            s.put("lowest_frequency", r.saddleModes() == null || r.saddleModes().modeCount() == 0 ? null : r.saddleModes().frequencyCm1(0));
            s.put("imaginary_mode_along_path", Double.isNaN(r.imaginaryAlongPath()) ? null : r.imaginaryAlongPath());
            s.put("confirmed", r.saddleConfirmed());
            s.put("positions", Json.perAtom(r.saddle().positionsAngstrom()));
            o.put("saddle", s);
        }
        return o;
    }
}

package dev.curvature.cli;

import com.google.gson.Gson;
import dev.curvature.io.Record;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Property;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.structure.OverlappingAtomsException;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.GeometryOptimization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature optimize}: minimize each structure, or with --ts find a first-order saddle point. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Optimize the geometry of each structure in INPUT to a minimum, or with --ts to a transition state.",
                "Exit code 1 if any structure did not converge (its residual force is reported)."})
final class OptimizeCommand implements Callable<Integer> {
    private final ModelRegistry registry;

    @Spec CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOption output;
    @Mixin ModelOption modelOption;
    @Mixin OptimizerOptions optimizer;

    @Option(names = "--ts", description = "Search for a first-order saddle point (partitioned RFO, eigenvector following).")
    boolean transitionState;

    @Option(names = "--json", description = "One JSON object per structure per line.")
    boolean json;


    @Option(names = "--relax-cell", description = "With --potential on a crystal file: relax the cell to --pressure as well.")
    boolean relaxCell;

    @Option(names = "--pressure", paramLabel = "GPA", description = "With --relax-cell: target pressure, GPa (default 0).")
    double pressure;

    OptimizeCommand(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        if (PeriodicCommands.isCrystalRun(modelOption, input))
            return PeriodicCommands.optimize(spec, registry, input.input, modelOption.crystalModel(), json, output.output, relaxCell, pressure, 1e-4);
        PrintWriter out = spec.commandLine().getOut();
        Gson gson = Json.gson();
        OptimizationOptions options = optimizer.toOptions(spec.commandLine());
        return RecordLoop.run(spec, input, output, modelOption.registry(spec, registry), modelOption.spec(spec.commandLine()), json, (r, binding) -> {
            Structure s = r.structure();
            OverlappingAtomsException.check(s);
            double start = binding.potential().energy(s.positions());
            OptimizationResult res = GeometryOptimization.run(binding.potential(), s, options, transitionState, null, modelOption.cutoff);
            if (json) out.println(Json.line(gson, jsonObject(r, binding, start, res)));
            else printText(out, r, binding, start, res);
            if (!res.converged())
                throw new RecordLoop.JobFailure(notConverged(res));
            return s.withPositions(res.positionsAngstrom());
        });
    }

    static String notConverged(OptimizationResult res) {
        return res.nonConvergenceMessage();
    }

    static Map<String, Object> optimizationJson(OptimizationResult res) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("method", res.method());
        o.put("converged", res.converged());
        o.put("stop_reason", res.stopReason().name().toLowerCase(Locale.ROOT));
        o.put("iterations", res.iterations());
        o.put("gradient_evaluations", res.gradientEvaluations());
        o.put("hessian_evaluations", res.hessianEvaluations());
        o.put("max_force", res.maxForce());
        o.put("rms_force", res.rmsForce());
        o.put("max_displacement", res.maxDisplacement());
        o.put("rms_displacement", res.rmsDisplacement());
        if (res.negativeHessianEigenvalues() >= 0) o.put("negative_hessian_eigenvalues", res.negativeHessianEigenvalues());
        return o;
    }

    private Map<String, Object> jsonObject(Record r, ModelRegistry.Binding b, double start, OptimizationResult res) {
        Map<String, Object> o = Json.recordHeader(r, b.model().name());
        o.put("nonbonded", modelOption.nonbondedJson());
        o.put("target", transitionState ? "transition-state" : "minimum");
        o.put("initial_energy", start);
        o.put("energy", res.energyKcalPerMol());
        o.put("optimization", optimizationJson(res));
        o.put("positions", Json.perAtom(res.positionsAngstrom()));
        o.put("units", optimizationUnits(Json.Units.of(b.potential().units())).map());
        return o;
    }

    /** Units of the energies and of the optimization block (forces and displacements). */
    static Json.Units optimizationUnits(Json.Units units) {
        return units.with("energy", Property.ENERGY).with("force", Property.GRADIENT).with("displacement", "Å");
    }

    static void printOptimization(PrintWriter out, double start, OptimizationResult res) {
        printOptimization(out, start, res, dev.curvature.model.UnitSystem.MOLECULAR);
    }

    /** The optimization's lines with energies and forces in the model's units (eV for a learned potential). */
    static void printOptimization(PrintWriter out, double start, OptimizationResult res, dev.curvature.model.UnitSystem units) {
        String e = units.energyUnit();
        out.printf(Locale.ROOT, "  optimization  %s, %s after %d iterations (%d gradients, %d Hessians)%n", res.method(),
                res.converged() ? "converged" : "NOT converged: " + res.stopReason(), res.iterations(),
                res.gradientEvaluations(), res.hessianEvaluations());
        out.printf(Locale.ROOT, "  energy        %.6f -> %.6f %s%n", start, res.energyKcalPerMol(), e);
        out.printf(Locale.ROOT, "  residuals     max force %.2e, rms force %.2e %s/Å; last step max %.2e Å%n",
                res.maxForce(), res.rmsForce(), e, res.maxDisplacement());
    }

    private void printText(PrintWriter out, Record r, ModelRegistry.Binding b, double start, OptimizationResult res) {
        Structure s = r.structure();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, model %s, target %s%n", r.location(), s.formula(), s.atomCount(),
                b.model().name(), transitionState ? "transition state" : "minimum");
        printOptimization(out, start, res, b.potential().units());
        out.printf(Locale.ROOT, "  non-bonded    %s%n", modelOption.nonbondedText());
        if (transitionState && res.negativeHessianEigenvalues() >= 0)
            out.printf(Locale.ROOT, "  negative Hessian eigenvalues at the end: %d%n", res.negativeHessianEigenvalues());
    }
}

package dev.curvature.cli;

import dev.curvature.io.Record;
import dev.curvature.model.Potential;
import dev.curvature.model.UnitSystem;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.LowestModes;
import dev.curvature.workflow.LowestModesJob;
import dev.curvature.workflow.LowestModesJob.Outcome;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * {@code freq --lowest K}: optimize (unless --no-opt), assemble the analytic Hessian sparse and
 * find the K lowest modes iteratively ({@link LowestModes}); for systems whose dense Hessian does
 * not fit. No intensities, thermochemistry or Molden file (they need every mode).
 */
final class LowestModesOutput {
    private LowestModesOutput() { }

    /** {@link LowestModesJob#run}, its refusals as one-line record failures. */
    static Outcome run(Potential potential, Structure start, int k, boolean optimize, OptimizationOptions options, Double cutoff,
                       MassModel massModel) throws RecordLoop.JobFailure {
        try {
            return LowestModesJob.run(potential, start, k, optimize, options, cutoff, massModel);
        } catch (LowestModesJob.Refused e) {
            throw new RecordLoop.JobFailure(e.getMessage());
        }
    }

    static void printText(PrintWriter out, Record r, double startEnergy, Outcome o, String model) {
        Structure s = o.structure();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, model %s%n", r.location(), s.formula(), s.atomCount(), model);
        if (o.optimization() != null) OptimizeCommand.printOptimization(out, startEnergy, o.optimization());
        out.printf(Locale.ROOT, "  energy        %.6f kcal/mol%n", o.energy());
        LowestModes.Result m = o.modes();
        out.printf(Locale.ROOT, "  lowest %d vibrational modes (sparse Hessian, %d atom pairs; LOBPCG, %d iterations; rigid-body modes projected out):%n",
                m.frequenciesCm1().length, o.pairs(), m.iterations());
        out.println("     mode   frequency/cm⁻¹");
        double[] f = m.frequenciesCm1();
        for (int i = 0; i < f.length; i++) out.printf(Locale.ROOT, "    %5d   %14.2f%s%n", i + 1, f[i], f[i] < 0 ? "i" : " ");
        StringBuilder rb = new StringBuilder();
        for (double v : m.rigidFrequenciesCm1()) rb.append(String.format(Locale.ROOT, " %.2f", v));
        out.printf(Locale.ROOT, "  rigid-body check: the unprojected Hessian on the %d rigid-body directions (cm⁻¹):%s%n",
                m.rigidFrequenciesCm1().length, rb);
    }

    static Map<String, Object> json(Record r, Outcome o, String model, UnitSystem system) {
        Map<String, Object> j = Json.recordHeader(r, model);
        j.put("energy", o.energy());
        j.put("lowest_modes", o.modes().frequenciesCm1().length);
        j.put("frequencies", o.modes().frequenciesCm1());
        j.put("rigid_body_check", o.modes().rigidFrequenciesCm1());
        j.put("eigensolver", Map.of("method", "LOBPCG (sparse Hessian)", "iterations", o.modes().iterations(),
                "hessian_products", o.modes().products(), "hessian_atom_pairs", o.pairs()));
        if (o.optimization() != null) j.put("optimization", OptimizeCommand.optimizationJson(o.optimization()));
        j.put("positions", Json.perAtom(o.structure().positions()));
        j.put("units", OptimizeCommand.optimizationUnits(Json.Units.of(system)).with("frequency", "cm⁻¹").map());
        return j;
    }
}

package dev.curvature.cli;

import dev.curvature.forcefield.SparseHessian;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.io.Record;
import dev.curvature.model.Potential;
import dev.curvature.model.UnitSystem;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.LowestModes;
import dev.curvature.workflow.GeometryOptimization;

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

    /** Atom density used for the memory estimate (organic matter and water: ≈ 0.1 atoms/Å³). */
    private static final double ATOMS_PER_A3 = 0.1;

    record Outcome(Structure structure, OptimizationResult optimization, double energy, LowestModes.Result modes, long pairs) { }

    static Outcome run(Potential potential, Structure start, int k, boolean optimize, OptimizationOptions options, Double cutoff,
                       MassModel massModel) throws RecordLoop.JobFailure {
        if (!(potential instanceof TermPotential terms) || terms.terms().stream().anyMatch(t -> t.dependsOnCell()))
            throw new RecordLoop.JobFailure("--lowest needs a molecular force field (MMFF94, UFF); " + potential.modelName() + " is not one");
        int atoms = start.atomCount();
        if (k > 3 * atoms - 6)
            throw new RecordLoop.JobFailure("--lowest " + k + " asks for more modes than the " + Math.max(0, 3 * atoms - 6) + " a molecule of " + atoms + " atoms has");
        checkMemory(atoms, cutoff);
        Structure at = start;
        OptimizationResult opt = null;
        if (optimize && atoms > 1) {
            opt = GeometryOptimization.run(potential, start, options, false, null);
            if (!opt.converged()) throw new RecordLoop.JobFailure(OptimizeCommand.notConverged(opt));
            at = start.withPositions(opt.positionsAngstrom());
        }
        double[] x = at.positions();
        var hessian = SparseHessian.of(terms, x);
        LowestModes.Result modes = LowestModes.of(at, at.masses(massModel), hessian, k);
        if (!modes.converged())
            throw new RecordLoop.JobFailure("the lowest " + k + " modes did not converge in " + modes.iterations() + " iterations");
        return new Outcome(at, opt, potential.energy(x), modes, hessian.pairCount());
    }

    /** Refuses before the work when the sparse Hessian alone would not fit; says what to do. */
    static void checkMemory(int atoms, Double cutoff) throws RecordLoop.JobFailure {
        double partners = atoms - 1;
        if (cutoff != null) partners = Math.min(partners, ATOMS_PER_A3 * 4.0 / 3.0 * Math.PI * Math.pow(cutoff + 1.5, 3));
        long need = SparseHessian.estimateBytes(atoms, partners) + 40L * 3 * atoms * Double.BYTES * (long) 8;
        Runtime rt = Runtime.getRuntime();
        long may = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > may)
            throw new RecordLoop.JobFailure(String.format(Locale.ROOT, "--lowest on %d atoms needs about %.2f GB for the sparse Hessian%s, this JVM can use %.2f GB: "
                            + "%sgive Java more memory (CURVATURE_JAVA_OPTS=-Xmx%dg)", atoms, need / 1e9,
                    cutoff == null ? " of all pairs" : "", may / 1e9, cutoff == null ? "add a non-bonded --cutoff (e.g. 9), or " : "",
                    (long) Math.ceil(need / 1e9) + 1));
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
    }

    static Map<String, Object> json(Record r, Outcome o, String model, UnitSystem system) {
        Map<String, Object> j = Json.recordHeader(r, model);
        j.put("energy", o.energy());
        j.put("lowest_modes", o.modes().frequenciesCm1().length);
        j.put("frequencies", o.modes().frequenciesCm1());
        j.put("eigensolver", Map.of("method", "LOBPCG (sparse Hessian)", "iterations", o.modes().iterations(),
                "hessian_products", o.modes().products(), "hessian_atom_pairs", o.pairs()));
        if (o.optimization() != null) j.put("optimization", OptimizeCommand.optimizationJson(o.optimization()));
        j.put("positions", Json.perAtom(o.structure().positions()));
        j.put("units", OptimizeCommand.optimizationUnits(Json.Units.of(system)).with("frequency", "cm⁻¹").map());
        return j;
    }
}

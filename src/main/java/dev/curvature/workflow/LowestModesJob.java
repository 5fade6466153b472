package dev.curvature.workflow;

import dev.curvature.forcefield.SparseHessian;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.LowestModes;

import java.util.Locale;

/**
 * The job behind {@code freq --lowest K}: optimize (unless asked not to), assemble the force
 * field's analytic Hessian sparse and find the K lowest modes iteratively ({@link LowestModes}),
 * for systems whose dense Hessian does not fit. Here, not in the CLI, because it needs the force
 * field's terms (adapters go through workflow, ArchitectureTest).
 */
public final class LowestModesJob {

    /** The job cannot run (not a force field, too many modes asked, not enough memory) or failed; one line. */
    public static final class Refused extends Exception {
        public Refused(String message) { super(message); }
    }

    private LowestModesJob() { }

    /** Atom density used for the memory estimate (organic matter and water: ≈ 0.1 atoms/Å³). */
    private static final double ATOMS_PER_A3 = 0.1;

    public record Outcome(Structure structure, OptimizationResult optimization, double energy, LowestModes.Result modes, long pairs) { }

    public static Outcome run(Potential potential, Structure start, int k, boolean optimize, OptimizationOptions options, Double cutoff,
                       MassModel massModel) throws Refused {
        if (!(potential instanceof TermPotential terms) || terms.terms().stream().anyMatch(t -> t.dependsOnCell()))
            throw new Refused("--lowest needs a molecular force field (MMFF94, UFF); " + potential.modelName() + " is not one");
        int atoms = start.atomCount();
        if (k > 3 * atoms - 6)
            throw new Refused("--lowest " + k + " asks for more modes than the " + Math.max(0, 3 * atoms - 6) + " a molecule of " + atoms + " atoms has");
        checkMemory(atoms, cutoff);
        Structure at = start;
        OptimizationResult opt = null;
        if (optimize && atoms > 1) {
            opt = GeometryOptimization.run(potential, start, options, false, null, cutoff);
            if (!opt.converged()) throw new Refused(opt.nonConvergenceMessage());
            at = start.withPositions(opt.positionsAngstrom());
        }
        double[] x = at.positions();
        var hessian = SparseHessian.of(terms, x);
        LowestModes.Result modes = LowestModes.of(at, at.masses(massModel), hessian, k);
        if (!modes.converged())
            throw new Refused("the lowest " + k + " modes did not converge in " + modes.iterations() + " iterations");
        return new Outcome(at, opt, potential.energy(x), modes, hessian.pairCount());
    }

    /** Estimated bytes of the sparse Hessian of a molecule (all pairs without a cutoff, Å). */
    public static long sparseHessianBytes(int atoms, Double cutoff) {
        double partners = atoms - 1;
        if (cutoff != null) partners = Math.min(partners, ATOMS_PER_A3 * 4.0 / 3.0 * Math.PI * Math.pow(cutoff + 1.5, 3));
        return SparseHessian.estimateBytes(atoms, partners);
    }

    /** Refuses before the work when the sparse Hessian alone would not fit; says what to do. */
    public static void checkMemory(int atoms, Double cutoff) throws Refused {
        long need = sparseHessianBytes(atoms, cutoff) + 40L * 3 * atoms * Double.BYTES * (long) 8;
        Runtime rt = Runtime.getRuntime();
        long may = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > may)
            throw new Refused(String.format(Locale.ROOT, "--lowest on %d atoms needs about %.2f GB for the sparse Hessian%s, this JVM can use %.2f GB: "
                            + "%sgive Java more memory (CURVATURE_JAVA_OPTS=-Xmx%dg)", atoms, need / 1e9,
                    cutoff == null ? " of all pairs" : "", may / 1e9, cutoff == null ? "add a non-bonded --cutoff (e.g. 9), or " : "",
                    (long) Math.ceil(need / 1e9) + 1));
    }

}

package dev.curvature.optimize;

import dev.curvature.model.Potential;





import dev.curvature.periodic.Deformation;
import dev.curvature.structure.Structure;

/**
 * Relaxes a crystal with the project's molecular optimizers: the ions alone in a fixed cell
 * ({@link FixedCellPotential}), or ions and cell together to a target pressure
 * ({@link CellFilter}). L-BFGS throughout: the filter has no Hessian, and crystal supercells are
 * large.
 *
 * @param maxForce convergence threshold on the largest force (and, scaled by the cell factor, on
 *                 the stress times volume per atom), energy unit/Å
 */
public record CrystalRelaxation(double maxForce, int maxIterations) {

    /** Tight enough for elastic constants (a residual force f leaves C off by about f·δ/V). */
    public static CrystalRelaxation tight() { return new CrystalRelaxation(1e-6, 20000); }

    /**
     * The outcome: the relaxed structure (cell included), its energy, and the optimizer record
     * (whose "energy" is the enthalpy E + PV for cell relaxations).
     */
    public record Outcome(Structure structure, double energy, OptimizationResult optimization) {
        public boolean converged() { return optimization.converged(); }
    }

    private Optimizer optimizer() {
        return new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.LBFGS)
                .withRigidBody(RigidBodyTreatment.NONE).withForceThresholdScaled(maxForce).withMaxIterations(maxIterations)
                .withMaxStepPerAtom(0.1));
    }

    /** Ions only, in the structure's own cell. */
    public Outcome ions(Potential periodic, Structure s) {
        FixedCellPotential p = new FixedCellPotential(periodic, s.cell());
        OptimizationResult r = optimizer().minimize(p, s.positions());
        return new Outcome(r.applyTo(s), r.energyKcalPerMol(), r);
    }

    /**
     * Ions and cell to the target pressure (GPa); {@code voigtMask} (6 flags, null = all) says which
     * strain components may change.
     */
    public Outcome cell(Potential periodic, Structure s, double pressureGpa, boolean[] voigtMask) {
        CellFilter filter = new CellFilter(periodic, s.cell(), pressureGpa, voigtMask);
        OptimizationResult r = optimizer().minimize(filter, filter.start(s.positions()));
        double[] q = r.positionsAngstrom();
        Structure relaxed = Deformation.withCell(s.withPositions(filter.positions(q)), filter.cell(q));
        double e = new FixedCellPotential(periodic, relaxed.cell()).energy(relaxed.positions());
        return new Outcome(relaxed, e, r);
    }
}

package dev.curvature.workflow;

import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.model.SequentialPotential;
import dev.curvature.optimize.OptimizationObserver;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.Optimizer;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.OverlappingAtomsException;
import dev.curvature.structure.Structure;
import dev.curvature.symmetry.PointGroup;
import dev.curvature.symmetry.PointGroupDetector;
import dev.curvature.thermo.ThermoConditions;
import dev.curvature.thermo.ThermoResult;
import dev.curvature.thermo.Thermochemistry;
import dev.curvature.vibration.NormalModes;

/**
 * The frequency job that the CLI's {@code freq} and the Jmol plugin's "Frequency analysis" share:
 * optionally optimize (to a minimum, or with {@code transitionState} to a first-order saddle),
 * then the Hessian at the final geometry, harmonic analysis, point group and thermochemistry.
 * Works with any {@link Potential}; the Hessian is analytic where the potential has one. The
 * Hessian is evaluated once per job: when RFO ran, its last Hessian is the one at the final
 * geometry ({@link OptimizationResult#hessian()}) and is reused; otherwise (no optimization,
 * L-BFGS) it is evaluated here.
 */
public final class FrequencyAnalysis {

    /**
     * @param optimize              optimize before the harmonic analysis
     * @param transitionState       optimize to a first-order saddle point instead of a minimum
     * @param optimization          optimizer settings
     * @param massModel             which atomic masses to use
     * @param conditions            temperature, pressure, spin multiplicity for thermochemistry
     * @param symmetryNumber        rotational symmetry number, or 0 to take it from the point group
     * @param pointGroupTolerance   Å, for point-group detection
     */
    public record Options(boolean optimize, boolean transitionState, OptimizationOptions optimization,
                          MassModel massModel, ThermoConditions conditions, int symmetryNumber,
                          double pointGroupTolerance) {
        public static Options defaults() {
            return new Options(true, false, OptimizationOptions.defaults(), MassModel.STANDARD_ATOMIC_WEIGHT,
                    ThermoConditions.STANDARD, 0, PointGroupDetector.DEFAULT_TOLERANCE_ANGSTROM);
        }
        public Options withOptimize(boolean o) { return new Options(o, transitionState, optimization, massModel, conditions, symmetryNumber, pointGroupTolerance); }
        public Options withTransitionState(boolean ts) { return new Options(optimize, ts, optimization, massModel, conditions, symmetryNumber, pointGroupTolerance); }
        public Options withOptimization(OptimizationOptions o) { return new Options(optimize, transitionState, o, massModel, conditions, symmetryNumber, pointGroupTolerance); }
        public Options withMassModel(MassModel m) { return new Options(optimize, transitionState, optimization, m, conditions, symmetryNumber, pointGroupTolerance); }
        public Options withConditions(ThermoConditions c) { return new Options(optimize, transitionState, optimization, massModel, c, symmetryNumber, pointGroupTolerance); }
        public Options withSymmetryNumber(int s) { return new Options(optimize, transitionState, optimization, massModel, conditions, s, pointGroupTolerance); }
    }

    /**
     * @param structure     the geometry the analysis was done at (optimized, or the input)
     * @param energyKcalPerMol energy there, in {@code units} (kcal/mol for force fields, eV for
     *                         materials and learned potentials; the name predates those)
     * @param optimization  the optimization, or null with {@code optimize = false}
     * @param modes         harmonic analysis
     * @param pointGroup    detected point group
     * @param thermo        thermochemistry (imaginary modes excluded; see its excluded count)
     * @param units         the model's unit system, which the energy is in
     */
    public record Result(Structure structure, String modelName, double energyKcalPerMol,
                         OptimizationResult optimization, NormalModes modes, PointGroup pointGroup, ThermoResult thermo,
                         dev.curvature.model.UnitSystem units) {
        /** True unless an optimization was asked for and did not converge. */
        public boolean converged() { return optimization == null || optimization.converged(); }
    }

    private FrequencyAnalysis() {}

    /**
     * Runs the job on a structure with a potential bound to it.
     *
     * @throws OverlappingAtomsException if two atoms overlap
     */
    public static Result run(Potential potential, Structure start, Options options, OptimizationObserver observer) {
        return run(potential, start, options, observer, Stages.NONE);
    }

    /**
     * Hears which stage the job is in; may stop it between stages (an interactive caller's Cancel).
     * The optimization itself stops through its {@link OptimizationObserver}.
     */
    public interface Stages {
        Stages NONE = stage -> true;

        /**
         * Called as each stage starts: "optimize", "hessian", "modes", "symmetry".
         *
         * @return false to stop the job (it then throws {@link java.util.concurrent.CancellationException})
         */
        boolean enter(String stage);
    }

    /** As {@link #run(Potential, Structure, Options, OptimizationObserver)}, reporting its stages. */
    public static Result run(Potential potential, Structure start, Options options, OptimizationObserver observer, Stages stages) {
        OverlappingAtomsException.check(start);
        enter(stages, "optimize");
        Structure at = start;
        OptimizationResult opt = null;
        Optimizer optimizer = new Optimizer(options.optimization());
        Potential stepwise = SequentialPotential.of(potential); // an SCC model starts each step from the last
        if (options.optimize() && start.atomCount() > 1) {
            opt = options.transitionState()
                    ? optimizer.transitionState(stepwise, start.positions(), observer)
                    : optimizer.minimize(stepwise, start, observer);
            at = start.withPositions(opt.positionsAngstrom());
        }
        enter(stages, "hessian");
        double[] hessian;
        double energy;
        if (opt != null && opt.hasFinalHessian()) {
            // RFO evaluated this very Hessian at the final point and the geometry has not moved since
            hessian = opt.hessian();
            energy = opt.energyKcalPerMol();
        } else {
            int n3 = 3 * at.atomCount();
            hessian = new double[n3 * n3];
            energy = FiniteDifferenceModel.ensureHessian(potential).evaluate(at.positions(), null, hessian);
        }
        enter(stages, "modes");
        NormalModes modes = NormalModes.of(at, options.massModel(), NormalModes.inKcalPerMol(hessian, potential.units()));
        modes.frequenciesCm1(); // the eigen-decomposition is lazy: do it inside this stage
        if (opt != null && !options.transitionState() && imaginary(modes)
                && optimizer.methodFor(potential) == OptimizationMethod.ANC) {
            // The ANC optimizer has no exact Hessian and, like xtb's ANCopt, can stop on a symmetric
            // saddle (caffeine's methyl rotors from examples/caffeine.sdf, −67 cm⁻¹): leave it
            // along the imaginary mode, minimize again and take the Hessian there (once).
            enter(stages, "optimize");
            double[] d = modes.displacement(0);
            double max = 0;
            for (int a = 0; a < d.length; a += 3) max = Math.max(max, Math.sqrt(d[a] * d[a] + d[a + 1] * d[a + 1] + d[a + 2] * d[a + 2]));
            double[] x = at.positions();
            for (int i = 0; i < x.length; i++) x[i] += SADDLE_KICK_ANGSTROM / max * d[i];
            OptimizationResult again = optimizer.minimize(stepwise, at.withPositions(x), observer);
            opt = combined(opt, again);
            at = start.withPositions(again.positionsAngstrom());
            enter(stages, "hessian");
            hessian = new double[hessian.length];
            energy = FiniteDifferenceModel.ensureHessian(potential).evaluate(at.positions(), null, hessian);
            enter(stages, "modes");
            modes = NormalModes.of(at, options.massModel(), NormalModes.inKcalPerMol(hessian, potential.units()));
            modes.frequenciesCm1();
        }
        enter(stages, "symmetry");
        PointGroup group = new PointGroupDetector(options.pointGroupTolerance()).pointGroup(at);
        int sigma = options.symmetryNumber() > 0 ? options.symmetryNumber() : group.symmetryNumber();
        ThermoResult thermo = Thermochemistry.compute(modes, sigma, options.conditions());
        return new Result(at, potential.modelName(), energy, opt, modes, group, thermo, potential.units());
    }

    /** Largest atomic displacement (Å) of the step off a saddle the minimization stopped on. */
    static final double SADDLE_KICK_ANGSTROM = 0.2;

    private static boolean imaginary(NormalModes modes) {
        double[] f = modes.frequenciesCm1();
        return f.length > 0 && f[0] < -NormalModes.DEFAULT_IMAGINARY_NOISE_CM1;
    }

    /** The second minimization, with the work of both counted. */
    private static OptimizationResult combined(OptimizationResult first, OptimizationResult second) {
        return new OptimizationResult(second.positionsAngstrom(), second.energyKcalPerMol(), second.gradient(),
                second.method() + ", restarted off a saddle", first.iterations() + second.iterations(),
                first.energyEvaluations() + second.energyEvaluations(), first.gradientEvaluations() + second.gradientEvaluations(),
                first.hessianEvaluations() + second.hessianEvaluations(), second.maxForce(), second.rmsForce(),
                second.maxDisplacement(), second.rmsDisplacement(), second.converged(), second.stopReason(),
                second.rigidBodyModesRemoved(), second.negativeHessianEigenvalues(), null);
    }

    private static void enter(Stages stages, String stage) {
        if (!stages.enter(stage)) throw new java.util.concurrent.CancellationException("cancelled before " + stage);
    }
}

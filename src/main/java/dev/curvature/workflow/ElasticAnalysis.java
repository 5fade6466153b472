package dev.curvature.workflow;

import dev.curvature.elastic.BornStability;
import dev.curvature.elastic.ElasticConstants;
import dev.curvature.model.CancellablePotential;
import dev.curvature.model.Potential;
import dev.curvature.optimize.CrystalRelaxation;
import dev.curvature.periodic.Supercell;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The elastic-constants job the CLI's {@code elastic} runs: optional supercell, relaxation of the
 * ions (always — the tensors are second derivatives of the energy at a minimum) and optionally of
 * the cell to a target pressure, then the clamped- and relaxed-ion tensors (analytic, or by finite
 * differences of the relaxed stress), derived moduli and Born stability.
 *
 * @param supercell       repeats along a, b, c
 * @param relaxCell       relax the cell to {@code pressureGpa} as well as the ions
 * @param pressureGpa     target pressure for the cell relaxation (positive compresses)
 * @param finiteDifference use central differences of the stress with relaxed ions instead of the
 *                         analytic route
 * @param strainStep      the finite-difference strain step
 */
public record ElasticAnalysis(int[] supercell, boolean relaxCell, double pressureGpa, boolean finiteDifference, double strainStep)
        implements CrystalJob<ElasticAnalysis.Outcome> {

    public static ElasticAnalysis defaults() { return new ElasticAnalysis(new int[] {1, 1, 1}, false, 0.0, false, 1e-4); }

    /**
     * @param structure  the crystal after supercell and relaxation
     * @param result     tensors and stress at that structure
     * @param stability  Born stability of the relaxed-ion tensor
     * @param energyPerAtomEv energy per atom at the relaxed structure (eV)
     * @param warnings   one-line warnings (unconverged relaxation, residual stress, instability)
     */
    public record Outcome(Structure structure, ElasticConstants.Result result, BornStability stability, double energyPerAtomEv,
                          List<String> warnings) {}

    /** {@inheritDoc} Also asked every conjugate-gradient iteration of the internal relaxation. */
    @Override
    public Outcome run(Structure input, CrystalModel model, CrystalJobMonitor monitor) throws CrystalJobException {
        return CrystalJob.guarded(() -> compute(input, model, monitor));
    }

    private Outcome compute(Structure input, CrystalModel model, CrystalJobMonitor monitor) throws CrystalJobException {
        BooleanSupplier cancelled = monitor.token();
        if (!input.isPeriodic())
            throw new CrystalJobException(input.name() + " is a molecule (no cell): elastic constants need a periodic crystal");
        Structure s = Supercell.of(input, supercell[0], supercell[1], supercell[2]);
        Potential p = CancellablePotential.of(model.bind(s), cancelled);
        List<String> warnings = new ArrayList<>();
        CrystalRelaxation relaxation = CrystalRelaxation.tight();
        monitor.stage(relaxCell ? "Relaxing the ions and the cell" : "Relaxing the ions", 0.02);
        CrystalRelaxation.Outcome relaxed = relaxCell ? relaxation.cell(p, s, pressureGpa, null) : relaxation.ions(p, s);
        if (!relaxed.converged())
            warnings.add(String.format(Locale.ROOT, "relaxation did not converge (largest force %.2e eV/Å): the tensor is not at a minimum",
                    relaxed.optimization().maxForce()));
        s = relaxed.structure();
        monitor.stage(finiteDifference ? "Strained cells, ions relaxed in each" : "Clamped- and relaxed-ion tensors", 0.6);
        ElasticConstants.Result r = finiteDifference
                ? ElasticConstants.finiteDifference(p, s, strainStep, new CrystalRelaxation(1e-9, 20000))
                : ElasticConstants.analytic(p, s, cancelled);
        double residual = 0;
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) residual = Math.max(residual, Math.abs(r.stressGpa()[3 * a + b] + (a == b && relaxCell ? pressureGpa : 0)));
        if (residual > 0.01)
            warnings.add(String.format(Locale.ROOT, "the cell is under stress (largest component %.3g GPa%s): second derivatives of the energy "
                    + "differ from stress-strain coefficients by terms of that size; use --relax-cell", residual,
                    relaxCell ? " beyond the target pressure" : ""));
        BornStability stability = BornStability.of(r.relaxed());
        if (r.negativeModes() > 0)
            warnings.add(r.negativeModes() + " negative Hessian modes: the ions sit at a saddle point, the relaxed-ion tensor is meaningless");
        if (!stability.stable())
            warnings.add("mechanically unstable (Born criteria, " + stability.laueClass().label() + "): " + String.join("; ", stability.failed()));
        return new Outcome(s, r, stability, r.energy() / p.units().energyPerEv() / s.atomCount(), List.copyOf(warnings));
    }
}

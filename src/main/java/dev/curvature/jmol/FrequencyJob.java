package dev.curvature.jmol;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.workflow.IntensityAnalysis;
import dev.curvature.model.ModelRegistry;
import dev.curvature.optimize.OptimizationObserver;
import dev.curvature.optimize.StopReason;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.structure.Structure;
import dev.curvature.symmetry.ModeSymmetry;
import dev.curvature.workflow.FrequencyAnalysis;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The plugin's frequency job, off the event thread: the shared {@link FrequencyAnalysis} (optimize,
 * Hessian, modes, point group, thermochemistry) and then IR intensities and Raman activities, with a
 * stage name and a percentage for the progress dialog and the user's Cancel checked between and
 * inside the stages (optimizer steps, intensity loop).
 */
final class FrequencyJob {
    /** Share of the progress bar each stage ends at. */
    private static final double OPTIMIZE_END = 0.50, HESSIAN_END = 0.70, MODES_END = 0.82, SYMMETRY_END = 0.86;

    /**
     * @param intensities null when the charge model cannot describe the molecule ({@code noIntensities} says why)
     * @param binding     the model actually used (auto may have fallen back to UFF: see its skipped list)
     * @param symmetry    irrep of each mode in the point group (unavailable for groups without a table)
     */
    record Outcome(FrequencyAnalysis.Result result, VibrationalIntensities intensities, String noIntensities,
                   ModelRegistry.Binding binding, ModeSymmetry symmetry) {}

    private FrequencyJob() {}

    static Outcome run(ModelRegistry.Binding binding, Structure structure, FrequencyAnalysis.Options options,
                       String intensityModel, ActionRunner.Progress progress) throws ActionRunner.CancelledException {
        String what = binding.model().name();
        try {
            FrequencyAnalysis.Result r = FrequencyAnalysis.run(binding.potential(), structure, options,
                    optimizerProgress(progress, what, options.transitionState()), stage -> {
                        switch (stage) {
                            case "optimize": progress.progress((options.transitionState() ? "Transition-state search" : "Optimizing")
                                    + " (" + what + ")…", 0); break;
                            case "hessian": progress.progress("Hessian (" + what + ")…", OPTIMIZE_END); break;
                            case "modes": progress.progress("Normal modes…", HESSIAN_END); break;
                            default: progress.progress("Point group and thermochemistry…", MODES_END);
                        }
                        return !progress.cancelled();
                    });
            if (r.optimization() != null && r.optimization().stopReason() == StopReason.CANCELLED)
                throw new ActionRunner.CancelledException();
            ModeSymmetry symmetry = ModeSymmetry.of(r.modes(), r.pointGroup(), options.pointGroupTolerance());
            VibrationalIntensities vi = null;
            String why = null;
            if (r.modes().modeCount() > 0) {
                // a model with its own dipole (GFN2-xTB) gives the IR intensities itself, as in the CLI;
                // its Raman would need finite fields at every displacement, too slow for the editor
                boolean own = IntensityAnalysis.MODEL.equals(IntensityAnalysis.resolve(IntensityAnalysis.AUTO, binding.potential()));
                progress.progress(own ? "IR intensities (" + binding.potential().modelName() + " dipole)…"
                        : "IR intensities and Raman activities (" + intensityModel + ")…", SYMMETRY_END);
                try {
                    vi = own ? IntensityAnalysis.fromModel(r.modes(), binding.potential(), false, progress::cancelled)
                            : IntensityAnalysis.run(r.modes(), intensityModel, IntensityAnalysis.supportsRaman(intensityModel),
                            progress::cancelled);
                } catch (UnsupportedStructureException e) {
                    why = e.getMessage(); // frequencies stand without intensities, as in the CLI
                }
            }
            if (progress.cancelled()) throw new ActionRunner.CancelledException();
            progress.progress("Done", 1);
            return new Outcome(r, vi, why, binding, symmetry);
        } catch (CancellationException e) {
            throw new ActionRunner.CancelledException();
        }
    }

    /**
     * Optimizer steps as progress: the fraction of the way (on a log scale) from the first residual
     * force to the convergence target, within the optimize stage; false stops the optimizer on Cancel.
     */
    static OptimizationObserver optimizerProgress(ActionRunner.Progress progress, String what, boolean ts) {
        double[] first = {Double.NaN};
        return p -> {
            if (Double.isNaN(first[0])) first[0] = Math.max(p.maxForce(), 1e-3);
            double done = Math.log(first[0] / Math.max(p.maxForce(), 1e-4)) / Math.log(first[0] / 1e-4);
            progress.progress(String.format(Locale.ROOT, "%s (%s): step %d, E = %.4f kcal/mol, max force %.2e kcal/mol/Å",
                    ts ? "Transition-state search" : "Optimizing", what, p.iteration(), p.energyKcalPerMol(), p.maxForce()),
                    OPTIMIZE_END * Math.max(0, Math.min(1, done)));
            return !progress.cancelled();
        };
    }

    /**
     * Warnings a chemist must see: the fallback to another model, hydrogens missing, and what the
     * model itself reported while computing (GFN2-xTB's SCC fallbacks; the CLI prints them on
     * standard error, which an editor user never sees).
     */
    static List<String> warnings(ModelRegistry.Binding binding, Structure structure) {
        List<String> w = new java.util.ArrayList<>();
        if (!binding.skipped().isEmpty())
            w.add("Used " + binding.model().name() + " because " + String.join("; ", binding.skipped())
                    + ". Its geometries and frequencies are rougher than MMFF94's.");
        if (lacksHydrogens(structure))
            w.add("The molecule has no hydrogen atoms but some carbon has free valences: hydrogens seem to be missing "
                    + "(e.g. a PDB file of heavy atoms). The results are not meaningful without them; add hydrogens "
                    + "(Jmol: Edit > Add hydrogens, or Curvature's Settings) and run again.");
        w.addAll(binding.potential().notices());
        return w;
    }

    /** No hydrogen atom at all while some carbon has fewer than four bonds' worth of valence. */
    static boolean lacksHydrogens(Structure s) {
        double[] valence = new double[s.atomCount()];
        for (dev.curvature.structure.Bond b : s.bonds()) {
            double order = b.order() == dev.curvature.structure.Bond.AROMATIC ? 1.5 : b.order();
            valence[b.i()] += order;
            valence[b.j()] += order;
        }
        boolean unsaturatedCarbon = false;
        for (int a = 0; a < s.atomCount(); a++) {
            if (s.atomicNumber(a) == 1) return false;
            if (s.atomicNumber(a) == 6 && valence[a] + Math.abs(s.formalCharge(a)) < 3.99) unsaturatedCarbon = true;
        }
        return unsaturatedCarbon;
    }
}

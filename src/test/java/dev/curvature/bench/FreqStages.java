package dev.curvature.bench;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.Optimizer;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;
import dev.curvature.workflow.FrequencyAnalysis;
import dev.curvature.workflow.IntensityAnalysis;

import java.util.Locale;

/**
 * Where the time of a {@code curvature freq SMILES} job goes, stage by stage, in one cold JVM
 * (a main, not a test): {@code FreqStages SMILES [--trace-every K]} prints one line per stage
 * (wall and thread CPU seconds) — embedding, MMFF94 binding, optimization (steps, gradients,
 * Hessians), the frequency stage (Hessian + eigendecomposition, through
 * {@link FrequencyAnalysis#run} with the optimization switched off), QEq IR intensities — and
 * the lowest and highest frequencies, so two routes can be compared.
 */
public final class FreqStages {
    private static final StageClock CLOCK = new StageClock();

    public static void main(String[] args) throws Exception {
        String smiles = args[0];
        int every = 0;
        String save = null;
        boolean embedOnly = false, optOnly = false, noOptimize = false;
        String saveOpt = null, startFile = null, dump = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--trace-every")) every = Integer.parseInt(args[++i]);
            else if (args[i].equals("--save-embedded")) save = args[++i];
            else if (args[i].equals("--embed-only")) embedOnly = true;
            else if (args[i].equals("--save-optimized")) saveOpt = args[++i];
            else if (args[i].equals("--opt-only")) optOnly = true;
            else if (args[i].equals("--no-optimize")) noOptimize = true;
            else if (args[i].equals("--dump")) dump = args[++i];
            else if (args[i].equals("--start")) startFile = args[++i];
            else throw new IllegalArgumentException("unknown argument " + args[i]);
        }
        CLOCK.start();
        Structure s = BenchInput.structure(smiles); // a structure file's first record, or a SMILES embedded here
        if (startFile != null) s = BenchInput.withPositions(s, startFile); // saved positions, same atom order
        CLOCK.stop("embed", s.atomCount() + " atoms");
        if (save != null) write(s, save);
        if (embedOnly) return;
        CLOCK.start();
        Potential p = new MmffForceField().bind(s);
        CLOCK.stop("bind", "");
        Structure at = s;
        if (!noOptimize) { // --no-optimize: the frequency stages at the input geometry
            CLOCK.start();
            int traceEvery = every;
            OptimizationResult opt = new Optimizer(OptimizationOptions.defaults()).minimize(p, s, progress -> {
                if (traceEvery > 0 && progress.iteration() % traceEvery == 0)
                    System.err.printf(Locale.ROOT, "%6d %.6f fmax %.2e%n", progress.iteration(), progress.energyKcalPerMol(), progress.maxForce());
                return true;
            });
            CLOCK.stop("optimize", opt.toString());
            at = opt.applyTo(s);
        }
        if (saveOpt != null) write(at, saveOpt);
        if (optOnly) return;
        CLOCK.start();
        FrequencyAnalysis.Result res = FrequencyAnalysis.run(p, at, FrequencyAnalysis.Options.defaults().withOptimize(false), null);
        CLOCK.stop("hessian+modes", "");
        CLOCK.start();
        VibrationalIntensities vi = IntensityAnalysis.run(res.modes(), "qeq", false);
        CLOCK.stop("intensities", vi.getClass().getSimpleName());
        NormalModes m = res.modes();
        double[] f = m.frequenciesCm1();
        if (dump != null) { // frequency, reduced mass, IR intensity per mode, all digits (to compare two builds)
            StringBuilder b = new StringBuilder();
            double[] mu = m.reducedMassesAmu(), ir = vi.infrared().intensitiesKmPerMol();
            for (int k = 0; k < f.length; k++) b.append(f[k]).append(' ').append(mu[k]).append(' ').append(ir[k]).append('\n');
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump), b);
        }
        System.out.printf(Locale.ROOT, "frequencies: %d, first %.4f %.4f %.4f, last %.4f cm-1, E %.6f kcal/mol%n",
                f.length, f[0], f[1], f[2], f[f.length - 1], res.energyKcalPerMol());
    }

    private static void write(Structure s, String file) throws Exception {
        if (file.endsWith(".pos")) { // raw positions, for --start
            StringBuilder b = new StringBuilder();
            for (double v : s.positions()) b.append(v).append('\n');
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), b);
            return;
        }
        StringBuilder b = new StringBuilder().append(s.atomCount()).append("\nembedded\n");
        double[] x = s.positions();
        for (int a = 0; a < s.atomCount(); a++)
            b.append(String.format(Locale.ROOT, "%s %.6f %.6f %.6f%n", s.element(a), x[3 * a], x[3 * a + 1], x[3 * a + 2]));
        java.nio.file.Files.writeString(java.nio.file.Path.of(file), b);
    }
}

package dev.curvature.bench;

import dev.curvature.forcefield.TermPotential;
import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.Optimizer;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The work of a whole frequency calculation through the library (a main, not a test), as a stand-in
 * until `curvature freq` exists: MMFF94 bind, minimization with the default {@link Optimizer}
 * (AUTO: RFO on the analytic Hessian up to 150 atoms, L-BFGS above; --method LBFGS|RFO forces one) from the stored geometry
 * displaced by 0.05·(2·frac(k·0.618…) − 1) Å on coordinate k (the start rdkit_mmff_timings.py
 * minimizes from), then the analytic Hessian at the minimum and its projected, mass-weighted
 * diagonalization ({@link NormalModes}). One TSV row per molecule: freq_first_s (first call in this
 * JVM; the first row also pays class loading), then after a JIT warm-up (--jit-warmup-ms round-robin
 * over the molecules up to 50 atoms) warm medians of the whole pipeline (wall, thread CPU)
 * and of its stages (bind, optimize, modes = Hessian + diagonalization; CPU), the optimizer's method,
 * iterations, energy/gradient/Hessian evaluations and convergence, the final energy, the lowest frequency and the number of imaginary
 * modes. No parsing, printing or file output: those belong to the CLI and are not timed here.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.curvature.bench.FreqPipelineBenchmark \
 *   -Dexec.args="[--max-atoms 112] [--repeats 5] [--min-sample-ms 50] [--warmup-ms 1000] [--jit-warmup-ms 5000] [--method AUTO|LBFGS|RFO]"</pre>
 */
public final class FreqPipelineBenchmark {

    public static void main(String[] args) throws Exception {
        int repeats = 5, maxAtoms = 112;
        OptimizationOptions options = OptimizationOptions.defaults();
        double minSampleMs = 50, warmupMs = 1000, jitWarmupMs = 5000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--max-atoms" -> maxAtoms = Integer.parseInt(args[++i]);
                case "--min-sample-ms" -> minSampleMs = Double.parseDouble(args[++i]);
                case "--warmup-ms" -> warmupMs = Double.parseDouble(args[++i]);
                case "--jit-warmup-ms" -> jitWarmupMs = Double.parseDouble(args[++i]);
                case "--method" -> options = options.withMethod(OptimizationMethod.valueOf(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        final int limit = maxAtoms;
        List<Structure> molecules = BenchMolecules.read(BenchMolecules.DEFAULT_SDF).stream()
                .filter(s -> s.atomCount() <= limit).toList();
        MmffForceField mmff = new MmffForceField();
        Optimizer optimizer = new Optimizer(options);
        double[] first = new double[molecules.size()];
        for (int m = 0; m < molecules.size(); m++) {
            Structure s = molecules.get(m);
            double[] start = start(s);
            first[m] = Stopwatch.once(() -> freq(mmff, optimizer, s, start));
        }
        // JIT warm-up over the small molecules first: without it the first row (caffeine) was timed
        // while the pipeline was still being compiled and came out up to 2x its stage sum.
        long warmEnd = System.nanoTime() + (long) (jitWarmupMs * 1e6);
        double acc = 0;
        while (System.nanoTime() < warmEnd)
            for (Structure s : molecules) if (s.atomCount() <= 50) acc += freq(mmff, optimizer, s, start(s));
        Stopwatch.sink = acc;
        Stopwatch watch = new Stopwatch(repeats, minSampleMs / 1e3, warmupMs / 1e3);
        System.out.println(String.join("\t", "name", "atoms", "freq_first_s", "freq_s", "freq_cpu_s", "bind_cpu_s",
                "optimize_cpu_s", "modes_cpu_s", "method", "iterations", "energy_evals", "gradient_evals", "hessian_evals", "converged", "energy_kcal", "lowest_cm1", "imaginary"));
        for (int m = 0; m < molecules.size(); m++) {
            Structure s = molecules.get(m);
            double[] start = start(s);
            Stopwatch.Timing total = watch.median(() -> freq(mmff, optimizer, s, start));
            TermPotential p = bind(mmff, s);
            Stopwatch.Timing bind = watch.median(() -> bind(mmff, s).atomCount());
            Stopwatch.Timing opt = watch.median(() -> optimizer.minimize(p, start).energyKcalPerMol());
            OptimizationResult r = optimizer.minimize(p, start);
            Structure minimum = s.withPositions(r.positionsAngstrom());
            Stopwatch.Timing modes = watch.median(() -> NormalModes.of(minimum, MassModel.STANDARD_ATOMIC_WEIGHT, p).frequencyCm1(0));
            NormalModes nm = NormalModes.of(minimum, MassModel.STANDARD_ATOMIC_WEIGHT, p);
            System.out.printf(Locale.ROOT, "%s\t%d\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%s\t%d\t%d\t%d\t%d\t%b\t%.6f\t%.3f\t%d%n",
                    s.name(), s.atomCount(), first[m], total.wallSeconds(), total.cpuSeconds(), bind.cpuSeconds(),
                    opt.cpuSeconds(), modes.cpuSeconds(), r.method(), r.iterations(), r.energyEvaluations(), r.gradientEvaluations(), r.hessianEvaluations(), r.converged(), r.energyKcalPerMol(),
                    nm.frequencyCm1(0), nm.imaginaryModeCount());
            System.out.flush();
        }
    }

    /** The start geometry shared with rdkit_mmff_timings.py. */
    static double[] start(Structure s) {
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) x[k] += 0.05 * (2 * ((k * 0.6180339887498949) % 1.0) - 1);
        return x;
    }

    private static double freq(MmffForceField mmff, Optimizer optimizer, Structure s, double[] start) {
        TermPotential p = bind(mmff, s);
        OptimizationResult r = optimizer.minimize(p, start);
        NormalModes modes = NormalModes.of(s.withPositions(r.positionsAngstrom()), MassModel.STANDARD_ATOMIC_WEIGHT, p);
        return modes.frequencyCm1(0);
    }

    private static TermPotential bind(MmffForceField mmff, Structure s) {
        try {
            return mmff.bind(s);
        } catch (UnsupportedStructureException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

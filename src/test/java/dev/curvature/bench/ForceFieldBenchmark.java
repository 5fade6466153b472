package dev.curvature.bench;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.mmff.MmffTopology;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MMFF94 timings for BENCHMARKS.md (a main, not a test; prints one TSV row per molecule).
 * First every molecule is bound once in a fresh JVM (bind_first_s: typing + charges + parameters;
 * the first row also pays class loading and parameter-file parsing), then a JIT warm-up pass
 * (--jit-warmup-ms over all molecules up to 250 atoms), then per molecule warm medians, seconds per
 * call, wall clock (_s) and CPU time of the thread (_cpu_s; see {@link Stopwatch}):
 * bind_warm, topology (MmffTopology.build alone: typing, charges, parameters; bind adds the term
 * arrays and the non-bonded pair lists), eg (energy + gradient), eg_bonded / eg_nonbonded (the same split by term: bond ..
 * torsion vs vdw + electrostatic), hess (energy + gradient + analytic Hessian, including zeroing
 * the 3N×3N array), hess_nonbonded (vdw + electrostatic Hessian terms alone), hess_zero (zeroing
 * the 3N×3N array alone, part of hess), and hess_over_eg
 * (ratio of the CPU medians). energy_kcal (stored geometry) is there to check against RDKit's.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.curvature.bench.ForceFieldBenchmark \
 *   -Dexec.args="[--sdf tools/bench/bench-molecules.sdf] [--repeats 7] [--min-sample-ms 50] [--warmup-ms 300] [--jit-warmup-ms 4000] [--max-atoms N]"</pre>
 */
public final class ForceFieldBenchmark {
    private static final List<String> NONBONDED = List.of("vdw", "electrostatic");

    public static void main(String[] args) throws Exception {
        Path sdf = BenchMolecules.DEFAULT_SDF;
        int repeats = 7, maxAtoms = Integer.MAX_VALUE;
        double minSampleMs = 50, warmupMs = 300, jitWarmupMs = 4000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sdf" -> sdf = Path.of(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--min-sample-ms" -> minSampleMs = Double.parseDouble(args[++i]);
                case "--warmup-ms" -> warmupMs = Double.parseDouble(args[++i]);
                case "--jit-warmup-ms" -> jitWarmupMs = Double.parseDouble(args[++i]);
                case "--max-atoms" -> maxAtoms = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        final int limit = maxAtoms;
        List<Structure> molecules = BenchMolecules.read(sdf).stream().filter(s -> s.atomCount() <= limit).toList();
        MmffForceField mmff = new MmffForceField();

        // Cold: the first bind of each molecule, before anything else ran in this JVM.
        double[] bindFirst = new double[molecules.size()];
        for (int m = 0; m < molecules.size(); m++) {
            Structure s = molecules.get(m);
            bindFirst[m] = Stopwatch.once(() -> bindOrThrow(mmff, s).atomCount());
        }
        jitWarmup(molecules, mmff, jitWarmupMs / 1e3);

        Stopwatch watch = new Stopwatch(repeats, minSampleMs / 1e3, warmupMs / 1e3);
        System.out.println(String.join("\t", "name", "atoms", "energy_kcal", "bind_first_s", "bind_warm_s", "bind_warm_cpu_s", "topology_cpu_s",
                "eg_s", "eg_cpu_s", "eg_bonded_cpu_s", "eg_nonbonded_cpu_s", "hess_s", "hess_cpu_s", "hess_nonbonded_cpu_s",
                "hess_zero_cpu_s", "hess_over_eg"));
        for (int m = 0; m < molecules.size(); m++) {
            System.out.println(row(molecules.get(m), bindFirst[m], mmff, watch));
            System.out.flush();
        }
    }

    /** Runs bind, energy+gradient and Hessian round-robin over the molecules of up to 250 atoms. */
    private static void jitWarmup(List<Structure> molecules, MmffForceField mmff, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        double acc = 0;
        do {
            for (Structure s : molecules) {
                if (s.atomCount() > 250) continue;
                TermPotential p = bindOrThrow(mmff, s);
                int n3 = 3 * s.atomCount();
                double[] x = s.positions(), g = new double[n3], h = new double[n3 * n3];
                for (int k = 0; k < 20; k++) acc += p.evaluate(x, g, null);
                acc += p.evaluate(x, g, h);
            }
        } while (System.nanoTime() < end);
        Stopwatch.sink = acc;
    }

    private static String row(Structure s, double bindFirst, MmffForceField mmff, Stopwatch watch) throws UnsupportedStructureException {
        Stopwatch.Timing bind = watch.median(() -> bindOrThrow(mmff, s).atomCount());
        Stopwatch.Timing topology = watch.median(() -> topologyOrThrow(s).atomCount());
        TermPotential p = mmff.bind(s);
        int n3 = 3 * s.atomCount();
        double[] x = s.positions(), g = new double[n3], h = new double[n3 * n3];
        double energy = p.evaluate(x, null, null);

        Stopwatch.Timing eg = watch.median(() -> p.evaluate(x, g, null));
        List<Term> bonded = p.terms().stream().filter(t -> !NONBONDED.contains(t.name())).toList();
        List<Term> nonbonded = p.terms().stream().filter(t -> NONBONDED.contains(t.name())).toList();
        Stopwatch.Timing egBonded = watch.median(() -> sum(bonded, x, g, null));
        Stopwatch.Timing egNonbonded = watch.median(() -> sum(nonbonded, x, g, null));
        Stopwatch.Timing hess = watch.median(() -> p.evaluate(x, g, h));
        Stopwatch.Timing hessNonbonded = watch.median(() -> sum(nonbonded, x, g, h));
        Stopwatch.Timing hessZero = watch.median(() -> {
            Arrays.fill(h, 0.0);
            return h[h.length - 1];
        });
        return String.format(Locale.ROOT, "%s\t%d\t%.6f\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.6g\t%.4g",
                s.name(), s.atomCount(), energy, bindFirst, bind.wallSeconds(), bind.cpuSeconds(), topology.cpuSeconds(),
                eg.wallSeconds(), eg.cpuSeconds(), egBonded.cpuSeconds(), egNonbonded.cpuSeconds(),
                hess.wallSeconds(), hess.cpuSeconds(), hessNonbonded.cpuSeconds(), hessZero.cpuSeconds(), hess.cpuSeconds() / eg.cpuSeconds());
    }

    private static double sum(List<Term> terms, double[] x, double[] g, double[] h) {
        double e = 0;
        for (Term t : terms) e += t.accumulate(x, g, h);
        return e;
    }

    private static MmffTopology topologyOrThrow(Structure s) {
        try {
            return MmffTopology.build(s, MmffVariant.MMFF94);
        } catch (UnsupportedStructureException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static TermPotential bindOrThrow(MmffForceField mmff, Structure s) {
        try {
            return mmff.bind(s);
        } catch (UnsupportedStructureException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

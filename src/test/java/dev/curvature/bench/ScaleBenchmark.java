package dev.curvature.bench;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Large-system costs through the library (a main, not a test; tools/scale/run_scale.sh runs it):
 * {@code eg FILE [--cutoff R] [--repeats K]} binds MMFF94 and times energy + gradient. Prints one
 * TSV row: atoms, bind seconds, first E+G seconds, median warm E+G seconds (wall and thread CPU), energy, the
 * peak resident memory of the whole JVM so far (VmHWM) and the heap in use after a GC.
 */
public final class ScaleBenchmark {

    public static void main(String[] args) throws Exception {
        String what = args[0];
        Path file = Path.of(args[1]);
        Double cutoff = null;
        int repeats = 5;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--cutoff" -> cutoff = Double.parseDouble(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Structure s = BenchMolecules.read(file).get(0);
        MmffForceField ff = new MmffForceField();
        if (cutoff != null) ff = ff.withCutoff(NonbondedCutoff.of(cutoff));
        if (!what.equals("eg")) throw new IllegalArgumentException("unknown benchmark " + what);
        long t0 = System.nanoTime();
        Potential p = ff.bind(s);
        double bind = seconds(t0);
        double[] x = s.positions(), g = new double[x.length];
        t0 = System.nanoTime();
        double e = p.evaluate(x, g, null);
        double first = seconds(t0);
        double[] samples = new double[repeats], cpu = new double[repeats];
        var threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeats; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            p.evaluate(x, g, null);
            samples[r] = seconds(t0);
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) * 1e-9;
        }
        Arrays.sort(samples);
        Arrays.sort(cpu);
        System.out.println("what\tfile\tatoms\tcutoff_A\tbind_s\tfirst_eg_s\teg_wall_s\teg_cpu_s\tenergy_kcal\tpeak_rss_MB\theap_after_gc_MB");
        System.out.printf(Locale.ROOT, "eg\t%s\t%d\t%s\t%.3f\t%.3f\t%.4f\t%.4f\t%.4f\t%.0f\t%.0f%n", file.getFileName(), s.atomCount(),
                cutoff == null ? "none" : cutoff.toString(), bind, first, samples[repeats / 2], cpu[repeats / 2], e, peakRssMb(), heapAfterGcMb());
    }

    static double seconds(long t0) { return (System.nanoTime() - t0) * 1e-9; }

    /** VmHWM of this process: the most resident memory it has had (MB). */
    static double peakRssMb() throws java.io.IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
        for (String l : lines)
            if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
        return Double.NaN;
    }

    static double heapAfterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}

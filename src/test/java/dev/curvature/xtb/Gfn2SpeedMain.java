package dev.curvature.xtb;

import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;
import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm in-process timing of GFN2-xTB energy + gradient (a development and BENCHMARKS tool):
 * {@code Gfn2SpeedMain FILE.sdf [repeats]} prints each call's wall time and the median.
 */
public final class Gfn2SpeedMain {
    public static void main(String[] args) throws Exception {
        Structure s;
        try (StructureReader r = StructureReader.open(Path.of(args[0]), ReadOptions.DEFAULT)) { s = r.next().structure(); }
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int n = s.atomCount();
        int[] z = new int[n];
        for (int a = 0; a < n; a++) z[a] = s.atomicNumber(a);
        double[] xyz = s.positions().clone();
        for (int i = 0; i < xyz.length; i++) xyz[i] /= Units.ANGSTROM_PER_BOHR;
        Gfn2Calculator calc = new Gfn2Calculator(Gfn2Parameters.bundled(), z, D4Seam.GFN2);
        double[] t = new double[repeats], cpu = new double[repeats], proc = new double[repeats];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        // process CPU too: OpenBLAS may run part of the eigensolver on its own threads, which the
        // calling thread's CPU time does not see (it also counts the JIT and GC threads)
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Gfn2Result r = null;
        for (int k = 0; k < repeats; k++) {
            long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime(), p0 = os.getProcessCpuTime();
            r = calc.compute(xyz, 0, 0, true, null);
            t[k] = (System.nanoTime() - t0) * 1e-9;
            cpu[k] = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
            proc[k] = (os.getProcessCpuTime() - p0) * 1e-9;
        }
        double gmax = 0;
        for (double g : r.gradient()) gmax = Math.max(gmax, Math.abs(g));
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d atoms, %d AOs, E = %.10f Eh, |g|max = %.3e, %d iterations%n", args[0], n,
                calc.basis().aoCount, r.total(), gmax, r.iterations());
        System.out.printf("times (s): %s%nmedian %.4f s%n", Arrays.toString(Arrays.stream(t).map(v -> Math.round(v * 1e4) / 1e4).toArray()),
                sorted[repeats / 2]);
        double[] cs = cpu.clone();
        Arrays.sort(cs);
        System.out.printf("cpu (s): %s%nmedian cpu %.4f s%n", Arrays.toString(Arrays.stream(cpu).map(v -> Math.round(v * 1e4) / 1e4).toArray()), cs[repeats / 2]);
        double[] ps = proc.clone();
        Arrays.sort(ps);
        System.out.printf("process cpu (s): %s%nmedian process cpu %.4f s%n", Arrays.toString(Arrays.stream(proc).map(v -> Math.round(v * 1e4) / 1e4).toArray()), ps[repeats / 2]);
    }
}

package dev.curvature.bench;

import dev.curvature.model.Configuration;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.Workspace;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Energy + forces + stress per atom-step of the periodic potentials for BENCHMARKS.md (a main, not
 * a test), on the same cells as tools/bench/lammps_potentials.py: n×n×n conventional cells of
 * diamond Si (sw: Si.sw, tersoff: Si.tersoff, a = 5.431 Å) or fcc Cu (eam: Cu_u3.eam, a = 3.615 Å),
 * every atom displaced by a seeded uniform ±0.05 Å. The neighbour list is built once and reused, as
 * in a LAMMPS {@code run} without motion. Prints TSV: style, atoms, calls, CPU and wall μs per
 * atom-step (medians of 5 samples of ≥ 0.3 s), energy per atom.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.curvature.bench.PeriodicPotentialBenchmark -Dexec.args="sw 2,3,4,6,8,12,16,23"</pre>
 */
public final class PeriodicPotentialBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double[][] DIAMOND = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0},
            {.25, .25, .25}, {.25, .75, .75}, {.75, .25, .75}, {.75, .75, .25}};
    private static final double[][] FCC = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}};

    public static void main(String[] args) throws Exception {
        String style = args[0];
        int[] reps = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        String pot = switch (style) {
            case "sw" -> "pair_style sw\npair_coeff * * /usr/share/lammps/potentials/Si.sw Si\n";
            case "tersoff" -> "pair_style tersoff\npair_coeff * * /usr/share/lammps/potentials/Si.tersoff Si\n";
            case "eam" -> "pair_style eam\npair_coeff 1 1 /usr/share/lammps/potentials/Cu_u3.eam\n";
            default -> throw new IllegalArgumentException("style sw, tersoff or eam");
        };
        boolean metal = style.equals("eam");
        double a = metal ? 3.615 : 5.431;
        double[][] sites = metal ? FCC : DIAMOND;
        Path file = Files.createTempFile("bench", ".pot");
        Files.writeString(file, pot);
        PotentialFile potential = PotentialFile.read(file);
        System.out.println("style\tatoms\tcalls\tcpu_us_per_atom_step\twall_us_per_atom_step\tenergy_eV_per_atom");
        for (int n : reps) {
            int atoms = sites.length * n * n * n;
            double[] x = new double[3 * atoms];
            Random rnd = new Random(12345);
            int k = 0;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    for (int l = 0; l < n; l++)
                        for (double[] s : sites) {
                            x[k++] = a * (s[0] + i) + 0.05 * (2 * rnd.nextDouble() - 1);
                            x[k++] = a * (s[1] + j) + 0.05 * (2 * rnd.nextDouble() - 1);
                            x[k++] = a * (s[2] + l) + 0.05 * (2 * rnd.nextDouble() - 1);
                        }
            Cell cell = new Cell(new double[][]{{a * n, 0, 0}, {0, a * n, 0}, {0, 0, a * n}});
            Element[] el = new Element[atoms];
            Arrays.fill(el, Element.of(metal ? "Cu" : "Si"));
            PeriodicPotential p = potential.bind(el);
            Configuration c = Configuration.periodic(x, cell);
            Results r = Results.request(atoms, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
            Workspace ws = p.newWorkspace();
            p.compute(c, r, ws);
            double energy = r.energy();
            // warm-up: 1 s of this thread's CPU time (not wall time: on a loaded machine a wall-clock warm-up
            // leaves the JIT cold) and at least 20 calls; then calls per sample so that a sample takes ≥ 0.3 s CPU
            long t0 = THREADS.getCurrentThreadCpuTime();
            int calls = 0;
            while (calls < 20 || THREADS.getCurrentThreadCpuTime() - t0 < 1_000_000_000L) { p.compute(c, r, ws); calls++; }
            int per = Math.max(1, (int) Math.ceil(calls * 0.3e9 / (THREADS.getCurrentThreadCpuTime() - t0)));
            double[] cpu = new double[5], wall = new double[5];
            for (int s = 0; s < 5; s++) {
                long c0 = THREADS.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                for (int q = 0; q < per; q++) p.compute(c, r, ws);
                cpu[s] = (THREADS.getCurrentThreadCpuTime() - c0) * 1e-3 / per / atoms;
                wall[s] = (System.nanoTime() - w0) * 1e-3 / per / atoms;
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.4f\t%.4f\t%.8f%n", style, atoms, per, cpu[2], wall[2], energy / atoms);
        }
        Files.deleteIfExists(file);
    }
}

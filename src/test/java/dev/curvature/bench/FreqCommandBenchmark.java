package dev.curvature.bench;

import dev.curvature.cli.Main;
import dev.curvature.registry.EnergyModels;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.SDFWriter;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import picocli.CommandLine;

import javax.vecmath.Point3d;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warm-JVM timing of the `curvature freq` command itself (a main, not a test): for each benchmark
 * molecule up to --max-atoms, the start geometry shared with rdkit_mmff_timings.py (stored
 * coordinates displaced by 0.05·(2·frac(k·0.618…) − 1) Å on coordinate k) is written to
 * STARTS_DIR/&lt;name&gt;.sdf, and `freq FILE` runs in-process through {@link Main#commandLine} with
 * its output discarded: reading, typing, optimization, Hessian, modes, thermochemistry and the
 * text report. One TSV row per molecule: exit code, first call in this JVM (wall; the first row
 * also pays class loading), then after a JIT warm-up the median wall and thread-CPU seconds.
 * The same start files serve tools/bench/cold_freq.py for cold-JVM timings of the jar.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.curvature.bench.FreqCommandBenchmark \
 *   -Dexec.args="--starts-dir /tmp/starts [--max-atoms 112] [--repeats 5] [--jit-warmup-ms 5000]"</pre>
 */
public final class FreqCommandBenchmark {

    public static void main(String[] args) throws Exception {
        Path startsDir = null;
        int repeats = 5, maxAtoms = 112;
        double minSampleMs = 50, warmupMs = 1000, jitWarmupMs = 5000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--starts-dir" -> startsDir = Path.of(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--max-atoms" -> maxAtoms = Integer.parseInt(args[++i]);
                case "--min-sample-ms" -> minSampleMs = Double.parseDouble(args[++i]);
                case "--warmup-ms" -> warmupMs = Double.parseDouble(args[++i]);
                case "--jit-warmup-ms" -> jitWarmupMs = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (startsDir == null) startsDir = Files.createTempDirectory("curvature-freq-starts");
        List<String[]> molecules = writeStarts(BenchMolecules.DEFAULT_SDF, startsDir, maxAtoms); // {name, atoms, file}

        CommandLine cl = Main.commandLine(EnergyModels.registry());
        PrintWriter devNull = new PrintWriter(Writer.nullWriter());
        cl.setOut(devNull);
        cl.setErr(devNull);
        int[] exit = new int[molecules.size()];
        double[] first = new double[molecules.size()];
        for (int m = 0; m < molecules.size(); m++) {
            String file = molecules.get(m)[2];
            int mm = m;
            first[m] = Stopwatch.once(() -> exit[mm] = cl.execute("freq", file));
        }
        long warmEnd = System.nanoTime() + (long) (jitWarmupMs * 1e6);
        while (System.nanoTime() < warmEnd)
            for (String[] mol : molecules) if (Integer.parseInt(mol[1]) <= 50) cl.execute("freq", mol[2]);
        Stopwatch watch = new Stopwatch(repeats, minSampleMs / 1e3, warmupMs / 1e3);
        System.out.println(String.join("\t", "name", "atoms", "exit_code", "freq_cli_first_s", "freq_cli_s", "freq_cli_cpu_s"));
        for (int m = 0; m < molecules.size(); m++) {
            String[] mol = molecules.get(m);
            Stopwatch.Timing t = watch.median(() -> cl.execute("freq", mol[2]));
            System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.6g\t%.6g\t%.6g%n", mol[0], mol[1], exit[m], first[m], t.wallSeconds(), t.cpuSeconds());
            System.out.flush();
        }
    }

    /** Writes each molecule's perturbed start to dir/name.sdf; returns {name, atoms, path}. */
    static List<String[]> writeStarts(Path sdf, Path dir, int maxAtoms) throws Exception {
        Files.createDirectories(dir);
        List<String[]> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(sdf, StandardCharsets.UTF_8);
             IteratingSDFReader it = new IteratingSDFReader(r, SilentChemObjectBuilder.getInstance())) {
            while (it.hasNext()) {
                IAtomContainer mol = it.next();
                int n = mol.getAtomCount();
                if (n > maxAtoms) continue;
                for (int a = 0; a < n; a++) {
                    Point3d p = mol.getAtom(a).getPoint3d();
                    mol.getAtom(a).setPoint3d(new Point3d(p.x + delta(3 * a), p.y + delta(3 * a + 1), p.z + delta(3 * a + 2)));
                }
                Path file = dir.resolve(mol.getTitle() + ".sdf");
                try (SDFWriter w = new SDFWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                    w.write(mol);
                }
                out.add(new String[] {mol.getTitle(), Integer.toString(n), file.toString()});
            }
        }
        return out;
    }

    private static double delta(int k) {
        return 0.05 * (2 * ((k * 0.6180339887498949) % 1.0) - 1);
    }
}

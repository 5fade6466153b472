// Evaluation cost per atom-step of learned models against Curvature's Stillinger-Weber on the
// same diamond-Si supercell (energy + forces + stress, neighbour-list workspace reused, rattled
// once so no list rebuilds are timed). Usage (from the worktree, after mvn compile):
//   java -cp target/classes:$(cat CP) tools/ml/EvalBench.java MODEL.json[,MODEL2.json...] SI.pot[,SI2.pot...] REPEAT STEPS [DATA.lmp]
// (each .pot: LAMMPS pair_style/pair_coeff lines, e.g. sw or tersoff, timed beside the models)
// DATA.lmp (optional): also writes the same atoms as a LAMMPS data file (atom_style atomic, metal
// units) so LAMMPS's pair styles can be timed on exactly this configuration (tools/ml/snap_bench.sh).
import dev.curvature.ml.MlModel;
import dev.curvature.model.*;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.*;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

public class EvalBench {
    public static void main(String[] a) throws Exception {
        int m = Integer.parseInt(a[2]), steps = Integer.parseInt(a[3]);
        double a0 = 5.431, L = m * a0;
        double[][] d = {{0,0,0},{0,.5,.5},{.5,0,.5},{.5,.5,0},{.25,.25,.25},{.25,.75,.75},{.75,.25,.75},{.75,.75,.25}};
        int n = 8 * m * m * m;
        double[] x = new double[3 * n];
        Random r = new Random(1);
        int k = 0;
        for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) for (int l = 0; l < m; l++) for (double[] s : d) {
            x[k++] = (s[0] + i) * a0 + 0.05 * r.nextGaussian();
            x[k++] = (s[1] + j) * a0 + 0.05 * r.nextGaussian();
            x[k++] = (s[2] + l) * a0 + 0.05 * r.nextGaussian();
        }
        if (a.length > 4) writeLammpsData(Path.of(a[4]), x, L);
        Cell cell = new Cell(new double[][] {{L,0,0},{0,L,0},{0,0,L}});
        Element[] el = new Element[n];
        Arrays.fill(el, Element.of("Si"));
        Structure st = new Structure("si", el, x, new int[n], List.of(), 0, cell);
        List<Potential> potentials = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String pot : a[1].split(",")) {
            potentials.add(PotentialFile.read(Path.of(pot)).bind(el, cell));
            names.add(Path.of(pot).getFileName().toString());
        }
        for (String model : a[0].split(",")) {
            potentials.add(MlModel.read(Path.of(model)).bind(st));
            names.add(Path.of(model).getFileName().toString());
        }
        // Thread CPU time as well as wall time: on a loaded machine the wall time measures the queue.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        // Two passes over all potentials, only the second timed: the models share their code, so
        // timing the first model of a cold JVM would charge it for the interpreter and the JIT.
        for (int pass = 0; pass < 2; pass++) for (int q = 0; q < potentials.size(); q++) {
            Potential p = potentials.get(q);
            Workspace w = p.newWorkspace();
            Results res = Results.request(n, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
            Configuration c = Configuration.periodic(x, cell);
            for (int s = 0; s < Math.max(3, steps / 5); s++) p.compute(c, res, w);   // warm-up
            if (pass == 0) continue;
            long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
            for (int s = 0; s < steps; s++) p.compute(c, res, w);
            double us = (System.nanoTime() - t0) * 1e-3 / steps / n;
            double cpuUs = (cpu.getCurrentThreadCpuTime() - c0) * 1e-3 / steps / n;
            System.out.printf(Locale.ROOT, "%-10s %-24s %6d atoms  %8.3f us/atom-step wall  %8.3f cpu  E/atom %.6f eV%n",
                    p.modelName(), names.get(q), n, us, cpuUs, res.energy() / n);
        }
    }

    /** Orthogonal box [0, L)³; LAMMPS wraps the few rattled coordinates outside it on reading. */
    static void writeLammpsData(Path file, double[] x, double L) throws Exception {
        int n = x.length / 3;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.printf(Locale.ROOT, "rattled diamond Si, %d atoms (tools/ml/EvalBench.java)%n%n%d atoms%n1 atom types%n%n", n, n);
            for (String ax : new String[] {"x", "y", "z"}) w.printf(Locale.ROOT, "0 %.10f %slo %shi%n", L, ax, ax);
            w.printf(Locale.ROOT, "%nMasses%n%n1 28.0855%n%nAtoms # atomic%n%n");
            for (int i = 0; i < n; i++)
                w.printf(Locale.ROOT, "%d 1 %.12f %.12f %.12f%n", i + 1, x[3 * i], x[3 * i + 1], x[3 * i + 2]);
        }
    }
}

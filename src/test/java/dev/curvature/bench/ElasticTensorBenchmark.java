package dev.curvature.bench;

import dev.curvature.elastic.ElasticConstants;
import dev.curvature.model.Potential;
import dev.curvature.periodic.Supercell;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Structure;
import dev.curvature.testing.Crystals;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Time of the full relaxed-ion elastic tensor (one Hessian + strain blocks evaluation and the
 * internal-relaxation solve) of SW silicon against atom count, on ideal diamond supercells at
 * the SW lattice constant (the ions are at their minimum, so no relaxation is timed).
 * Warm wall and CPU time of this thread per tensor (the machine is shared: CPU time is the stable number).
 * Run: java -cp target/test-classes:target/classes:$(deps) dev.curvature.bench.ElasticTensorBenchmark [Si.sw]
 */
public final class ElasticTensorBenchmark {
    public static void main(String[] args) throws Exception {
        Path sw = Path.of(args.length > 0 ? args[0] : "/usr/share/lammps/potentials/Si.sw");
        Path pot = java.nio.file.Files.createTempFile("si", ".pot");
        java.nio.file.Files.writeString(pot, "pair_style sw\npair_coeff * * " + sw.toAbsolutePath() + " Si\n");
        PotentialFile file = PotentialFile.read(pot);
        System.out.println("atoms  method             wall_s   cpu_s  C11      C12      C44");
        for (int n : new int[] {1, 2, 3, 4, 5}) {
            Structure s = Supercell.of(Crystals.diamond("Si", 5.43095), n, n, n);
            Potential p = file.bind(s);
            ElasticConstants.Result r = null;
            for (int warm = 0; warm < 2; warm++) r = ElasticConstants.analytic(p, s);
            int reps = s.atomCount() <= 64 ? 20 : 3;
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < reps; k++) r = ElasticConstants.analytic(p, s);
            double sec = (System.nanoTime() - t0) / 1e9 / reps, cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9 / reps;
            System.out.printf(Locale.ROOT, "%5d  %-18s %7.3f %7.3f  %.4f %.4f %.4f%n", s.atomCount(), r.method(), sec, cpu,
                    r.relaxed().c(1, 1), r.relaxed().c(1, 2), r.relaxed().c(4, 4));
        }
    }
}

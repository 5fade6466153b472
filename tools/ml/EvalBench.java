// Evaluation cost per atom-step of a learned model against Curvature's Stillinger-Weber on the
// same diamond-Si supercell (energy + forces + stress, neighbour-list workspace reused, rattled
// once so no list rebuilds are timed). Usage (from the worktree, after mvn compile):
//   java -cp target/classes:$(cat CP) tools/ml/EvalBench.java MODEL.json SI.pot REPEAT STEPS
import dev.curvature.ml.MlModel;
import dev.curvature.model.*;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.*;
import java.nio.file.Path;
import java.util.*;

public class EvalBench {
    public static void main(String[] a) throws Exception {
        MlModel ml = MlModel.read(Path.of(a[0]));
        PotentialFile sw = PotentialFile.read(Path.of(a[1]));
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
        Cell cell = new Cell(new double[][] {{L,0,0},{0,L,0},{0,0,L}});
        Element[] el = new Element[n];
        Arrays.fill(el, Element.of("Si"));
        Structure st = new Structure("si", el, x, new int[n], List.of(), 0, cell);
        for (Potential p : List.of(sw.bind(el, cell), ml.bind(st))) {
            Workspace w = p.newWorkspace();
            Results res = Results.request(n, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
            Configuration c = Configuration.periodic(x, cell);
            for (int s = 0; s < Math.max(3, steps / 5); s++) p.compute(c, res, w);   // warm-up
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) p.compute(c, res, w);
            double us = (System.nanoTime() - t0) * 1e-3 / steps / n;
            System.out.printf(Locale.ROOT, "%-10s %6d atoms  %8.3f us/atom-step  E/atom %.6f eV%n", p.modelName(), n, us, res.energy() / n);
        }
    }
}

package dev.curvature.optimize;

import dev.curvature.model.Potential;
import dev.curvature.testing.LennardJonesCluster;
import dev.curvature.testing.ValenceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures where RFO (exact Hessian + O((3N)³) eigendecomposition per step) stops beating L-BFGS
 * (many cheap gradient steps): on Lennard-Jones clusters, whose all-pairs cost resembles a force
 * field's non-bonded loop, and on n-alkane valence models (molecules: stiff bonds, soft torsions). Opt-in (slow): {@code mvn test -Dtest=OptimizerCrossoverBenchmark
 * -Dcurvature.benchmark=true}; writes target/optimizer-crossover.txt.
 */
@EnabledIfSystemProperty(named = "curvature.benchmark", matches = "true")
class OptimizerCrossoverBenchmark {

    @Test
    void measure() throws Exception {
        StringBuilder out = new StringBuilder("atoms method iterations gradients hessians seconds energy converged\n");
        for (int n : new int[] {13, 38, 75, 100, 150}) {
            LennardJonesCluster lj = new LennardJonesCluster(n);
            double[] start = lj.jitteredGrid(n);
            for (OptimizationMethod m : new OptimizationMethod[] {OptimizationMethod.LBFGS, OptimizationMethod.RFO}) {
                OptimizationOptions o = OptimizationOptions.defaults().withMethod(m).withMaxIterations(5000);
                new Optimizer(o.withMaxIterations(2)).minimize(lj, start); // warm-up
                long t0 = System.nanoTime();
                OptimizationResult r = new Optimizer(o).minimize(lj, start);
                double seconds = (System.nanoTime() - t0) * 1e-9;
                out.append(String.format(Locale.ROOT, "%d %s %d %d %d %.3f %.6f %s%n", n, m, r.iterations(),
                        r.gradientEvaluations(), r.hessianEvaluations(), seconds, r.energyKcalPerMol(), r.converged()));
                assertTrue(r.converged(), n + " " + m + ": " + r);
            }
        }
        // molecules: n-alkane valence models (stiff bonds, soft torsions), 11 to 152 atoms
        for (int carbons : new int[] {3, 8, 16, 25, 33, 50}) {
            Potential p = ValenceModel.alkane(carbons, 0.3);
            double[] start = OptimizerTest.jitter(ValenceModel.alkaneGeometry(carbons), 0.1, carbons);
            for (OptimizationMethod m : new OptimizationMethod[] {OptimizationMethod.LBFGS, OptimizationMethod.RFO}) {
                OptimizationOptions o = OptimizationOptions.defaults().withMethod(m).withMaxIterations(5000);
                long t0 = System.nanoTime();
                OptimizationResult r = new Optimizer(o).minimize(p, start);
                double seconds = (System.nanoTime() - t0) * 1e-9;
                out.append(String.format(Locale.ROOT, "%d(alkane) %s %d %d %d %.3f %.6f %s%n", p.atomCount(), m, r.iterations(),
                        r.gradientEvaluations(), r.hessianEvaluations(), seconds, r.energyKcalPerMol(), r.converged()));
                assertTrue(r.converged(), carbons + " " + m + ": " + r);
            }
        }
        Files.writeString(Path.of("target", "optimizer-crossover.txt"), out.toString());
    }
}

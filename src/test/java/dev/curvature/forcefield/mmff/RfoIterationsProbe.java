package dev.curvature.forcefield.mmff;

import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.Optimizer;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import dev.curvature.testing.ValenceModel;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * RFO iteration counts (a main, not a test): caffeine (record 1 of tools/bench/bench-molecules.sdf)
 * from the benchmark start, with its CPU time when given "time"; the 96 perturbed suite molecules of
 * {@link MmffOptimizationTest}; the ethane torsion-saddle searches of TransitionStateTest and
 * MmffOptimizationTest. -Dtrace=1 prints caffeine's iterations.
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.curvature.forcefield.mmff.RfoIterationsProbe [-Dexec.args=time]</pre>
 */
public final class RfoIterationsProbe {
    public static void main(String[] args) throws Exception {
        Structure caffeine;
        try (Reader r = Files.newBufferedReader(Path.of("tools/bench/bench-molecules.sdf"), StandardCharsets.UTF_8);
             IteratingSDFReader it = new IteratingSDFReader(r, SilentChemObjectBuilder.getInstance())) {
            caffeine = MmffSuiteFiles.toStructure(it.next());
        }
        MmffForceField mmff = new MmffForceField();
        Optimizer rfo = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.RFO));
        Potential pc = mmff.bind(caffeine);
        double[] x0 = caffeine.positions();
        for (int k = 0; k < x0.length; k++) x0[k] += 0.05 * (2 * ((k * 0.6180339887498949) % 1.0) - 1);
        OptimizationResult rc = rfo.minimize(pc, x0, prog -> {
            if (System.getProperty("trace") != null)
                System.out.printf(Locale.ROOT, "  it %d E %.6f maxF %.4g rmsF %.4g maxD %.4g rmsD %.4g R %.4g%n", prog.iteration(),
                        prog.energyKcalPerMol(), prog.maxForce(), prog.rmsForce(), prog.maxDisplacement(), prog.rmsDisplacement(), prog.trustRadiusAngstrom());
            return true;
        });
        System.out.printf(Locale.ROOT, "caffeine: it %d E %.8f H %d grad %d conv %b%n", rc.iterations(), rc.energyKcalPerMol(), rc.hessianEvaluations(), rc.gradientEvaluations(), rc.converged());
        if (args.length > 0 && args[0].equals("time")) {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            double acc = 0;
            for (int w = 0; w < 300; w++) acc += rfo.minimize(pc, x0).energyKcalPerMol();
            double[] t = new double[9];
            for (int rep = 0; rep < t.length; rep++) {
                long c0 = mx.getCurrentThreadCpuTime();
                int n = 50;
                for (int i = 0; i < n; i++) acc += rfo.minimize(pc, x0).energyKcalPerMol();
                t[rep] = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / n;
            }
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "caffeine optimize CPU median %.3f ms (min %.3f) %s%n", t[t.length / 2], t[0], acc > 0 ? "" : " ");
        }
        // suite, as MmffOptimizationTest
        List<Structure> suite = MmffSuiteFiles.readSdf("MMFF94_dative.sdf");
        Random random = new Random(1);
        int n = 0, sum = 0, max = 0, hsum = 0, fails = 0;
        String worst = "";
        for (int k = 0; k < suite.size(); k += 8) {
            Structure s = suite.get(k);
            Potential p = mmff.bind(s);
            double ref = p.energy(s.positions());
            double[] start = s.positions();
            for (int i = 0; i < start.length; i++) start[i] += 0.05 * (2 * random.nextDouble() - 1);
            OptimizationResult r = rfo.minimize(p, start);
            double lowered = ref - r.energyKcalPerMol();
            if (!r.converged() || r.negativeHessianEigenvalues() != 0 || !(lowered >= -1e-9 && lowered < 1e-3)) {
                fails++;
                System.out.println("  FAIL " + s.name() + " " + r + " lowered " + lowered);
            }
            n++;
            sum += r.iterations();
            hsum += r.hessianEvaluations();
            if (r.iterations() > max) { max = r.iterations(); worst = s.name(); }
        }
        System.out.printf(Locale.ROOT, "suite: n %d mean it %.2f max %d (%s) mean H %.2f fails %d%n", n, (double) sum / n, max, worst, (double) hsum / n, fails);
        // ethane valence TS
        Optimizer ts = new Optimizer();
        StringBuilder sb = new StringBuilder("valence ethane TS its:");
        for (double offset : new double[] {10, 20, 25}) {
            Random r = new Random(17 + (long) offset);
            double[] y = ValenceModel.ethaneGeometry(offset).clone();
            for (int i = 0; i < y.length; i++) y[i] += 0.05 * (2 * r.nextDouble() - 1);
            OptimizationResult res = ts.transitionState(ValenceModel.ethane(0.3), y);
            sb.append(' ').append(res.iterations()).append(res.converged() ? "" : "(NC)");
        }
        Element c = Element.of("C"), h = Element.of("H");
        List<Bond> bonds = new ArrayList<>(List.of(new Bond(0, 1, 1)));
        for (int k = 2; k <= 4; k++) bonds.add(new Bond(0, k, 1));
        for (int k = 5; k <= 7; k++) bonds.add(new Bond(1, k, 1));
        Structure ethane = Structure.of("ethane", new Element[] {c, c, h, h, h, h, h, h}, ValenceModel.ethaneGeometry(15), new int[8], bonds);
        Potential pe = mmff.bind(ethane);
        OptimizationResult tse = ts.transitionState(pe, ethane.positions());
        OptimizationResult mine = ts.minimize(pe, ValenceModel.ethaneGeometry(50));
        sb.append("; MMFF ethane TS ").append(tse.iterations()).append(" E ").append(String.format(Locale.ROOT, "%.6f", tse.energyKcalPerMol()))
                .append("; MMFF ethane min from 50deg ").append(mine.iterations());
        System.out.println(sb);
    }
}

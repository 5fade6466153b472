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
 * {@code save FILE --positions XYZ --save OUT}: FILE's structure at the XYZ file's positions, written to OUT.
 * {@code modes FILE [--cutoff R] [--lowest K] [--check-dense | --check-residuals]}: sparse Hessian + LOBPCG (see lowestModes).
 * {@code eg FILE [--cutoff R] [--repeats K]} binds MMFF94 and times energy + gradient. Prints one
 * TSV row: atoms, bind seconds, first E+G seconds, median warm E+G seconds (wall and thread CPU), energy, the
 * peak resident memory of the whole JVM so far (VmHWM) and the heap in use after a GC.
 */
public final class ScaleBenchmark {

    public static void main(String[] args) throws Exception {
        String what = args[0];
        Path file = Path.of(args[1]);
        Double cutoff = null;
        int repeats = 5, every = 0, maxIterations = 5000;
        boolean displace = true, checkDense = false, checkResiduals = false;
        int lowest = 20;
        Path save = null, positions = null;
        dev.curvature.optimize.OptimizationMethod method = dev.curvature.optimize.OptimizationMethod.AUTO;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--cutoff" -> cutoff = Double.parseDouble(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--method" -> method = dev.curvature.optimize.OptimizationMethod.valueOf(args[++i]);
                case "--trace-every" -> every = Integer.parseInt(args[++i]);
                case "--as-is" -> displace = false;
                case "--lowest" -> lowest = Integer.parseInt(args[++i]);
                case "--check-dense" -> checkDense = true;
                case "--check-residuals" -> checkResiduals = true;
                case "--save" -> save = Path.of(args[++i]);
                case "--max-iterations" -> maxIterations = Integer.parseInt(args[++i]);
                case "--positions" -> positions = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (what.equals("type")) {
            typing(file, repeats);
            return;
        }
        Structure s = BenchMolecules.read(file).get(0);
        if (positions != null) // the file's bonds and charges at the positions of an XYZ file (a --save of opt)
            s = s.withPositions(BenchMolecules.read(positions).get(0).positions());
        if (what.equals("save")) {
            dev.curvature.io.StructureWriter.write(save, List.of(s), List.of(file));
            return;
        }
        MmffForceField ff = new MmffForceField();
        if (cutoff != null) ff = ff.withCutoff(NonbondedCutoff.of(cutoff));
        if (what.equals("opt")) {
            optimize(s, ff.bind(s), method, every, displace, maxIterations, save, cutoff);
            return;
        }
        if (what.equals("modes")) {
            lowestModes(s, ff, lowest, checkDense, checkResiduals);
            return;
        }
        if (!what.equals("eg")) throw new IllegalArgumentException("unknown benchmark " + what);
        var threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), b0 = threads.getCurrentThreadCpuTime();
        Potential p = ff.bind(s);
        double bind = seconds(t0), bindCpu = (threads.getCurrentThreadCpuTime() - b0) * 1e-9;
        double[] x = s.positions(), g = new double[x.length];
        t0 = System.nanoTime();
        double e = p.evaluate(x, g, null);
        double first = seconds(t0);
        double[] samples = new double[repeats], cpu = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            p.evaluate(x, g, null);
            samples[r] = seconds(t0);
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) * 1e-9;
        }
        Arrays.sort(samples);
        Arrays.sort(cpu);
        System.out.println("what\tfile\tatoms\tcutoff_A\tbind_s\tbind_cpu_s\tfirst_eg_s\teg_wall_s\teg_cpu_s\tenergy_kcal\tpeak_rss_MB\theap_after_gc_MB");
        System.out.printf(Locale.ROOT, "eg\t%s\t%d\t%s\t%.3f\t%.3f\t%.3f\t%.4f\t%.4f\t%.4f\t%.0f\t%.0f%n", file.getFileName(), s.atomCount(),
                cutoff == null ? "none" : cutoff.toString(), bind, bindCpu, first, samples[repeats / 2], cpu[repeats / 2], e, peakRssMb(), heapAfterGcMb());
    }

    /**
     * Minimizes (with --as-is from the structure itself, else) from the structure displaced by 0.05·(2·frac(0.618…·k) − 1) Å on coordinate k (the
     * start of the other benchmarks) with the default thresholds; optionally traces the progress.
     */
    static void optimize(Structure s, Potential p, dev.curvature.optimize.OptimizationMethod method, int every,
                         boolean displace, int maxIterations, Path save, Double cutoff) throws Exception {
        double[] x = s.positions();
        for (int k = 0; displace && k < x.length; k++) {
            double f = (0.6180339887498949 * (k + 1)) % 1.0;
            x[k] += 0.05 * (2 * f - 1);
        }
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
        var options = dev.curvature.optimize.OptimizationOptions.defaults().withMethod(method).withMaxIterations(maxIterations);
        // the job users get (GeometryOptimization: AUTO may choose truncated Newton on large molecules)
        var r = dev.curvature.workflow.GeometryOptimization.run(p, s.withPositions(x), options, false, prog -> {
            if (every > 0 && prog.iteration() % every == 0)
                System.err.printf(Locale.ROOT, "%6d %.8f fmax %.2e frms %.2e dmax %.2e%n", prog.iteration(), prog.energyKcalPerMol(),
                        prog.maxForce(), prog.rmsForce(), prog.maxDisplacement());
            return true;
        }, cutoff);
        if (save != null)
            dev.curvature.io.StructureWriter.write(save, List.of(s.withPositions(r.positionsAngstrom())), List.of());
        System.out.println("what\tatoms\tmethod\tconverged\tstop\titerations\tgradients\thessians\twall_s\tcpu_s\tenergy\tmax_force\tpeak_rss_MB");
        System.out.printf(Locale.ROOT, "opt\t%d\t%s\t%s\t%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.6f\t%.2e\t%.0f%n", s.atomCount(), r.method(), r.converged(),
                r.stopReason(), r.iterations(), r.gradientEvaluations(), r.hessianEvaluations(), seconds(t0),
                (threads.getCurrentThreadCpuTime() - c0) * 1e-9, r.energyKcalPerMol(), r.maxForce(), peakRssMb());
    }

    /**
     * Sparse analytic Hessian + lowest K modes (LOBPCG); with --check-dense also the dense Hessian
     * diagonalised by the default solver (LAPACK above 300 coordinates) and the largest relative
     * eigenvalue difference over the K modes.
     */
    static void lowestModes(Structure s, MmffForceField ff, int k, boolean checkDense, boolean checkResiduals) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        var p = (dev.curvature.forcefield.TermPotential) ff.bind(s);
        double[] x = s.positions(), masses = s.masses(dev.curvature.structure.MassModel.STANDARD_ATOMIC_WEIGHT);
        long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
        var h = dev.curvature.forcefield.SparseHessian.of(p, x);
        double hessCpu = (threads.getCurrentThreadCpuTime() - c0) * 1e-9, hessWall = seconds(t0);
        c0 = threads.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        var r = dev.curvature.vibration.LowestModes.of(s, masses, h, k);
        double modesCpu = (threads.getCurrentThreadCpuTime() - c0) * 1e-9, modesWall = seconds(t0);
        String worst = "-";
        if (checkResiduals) worst = residualCheck(p, x, masses, r);
        if (checkDense) {
            double[] dense = new double[x.length * x.length];
            p.evaluate(x, null, dense);
            double[] ref = dev.curvature.vibration.NormalModes.of(s, masses, dense).massWeightedEigenvalues();
            double w = 0;
            for (int j = 0; j < k; j++) w = Math.max(w, Math.abs(ref[j] - r.eigenvalues()[j]) / Math.abs(ref[j]));
            worst = String.format(Locale.ROOT, "%.1e", w);
        }
        StringBuilder f = new StringBuilder(), rigid = new StringBuilder();
        for (double v : r.frequenciesCm1()) f.append(f.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", v));
        for (double v : r.rigidFrequenciesCm1()) rigid.append(rigid.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", v));
        System.out.println("what\tatoms\tcutoff_A\tK\thessian_pairs\thessian_wall_s\thessian_cpu_s\tlobpcg_wall_s\tlobpcg_cpu_s\titerations\tproducts\tconverged\tmax_rel_diff_vs_dense\tpeak_rss_MB\tfrequencies_cm1\trigid_check_cm1");
        System.out.printf(Locale.ROOT, "modes\t%d\t%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%s\t%s\t%.0f\t%s\t%s%n", s.atomCount(),
                ff.cutoff() == null ? "none" : ff.cutoff().describe(), k, h.pairCount(), hessWall, hessCpu, modesWall, modesCpu,
                r.iterations(), r.products(), r.converged(), worst, peakRssMb(), f, rigid);
    }

    /**
     * Residual check without a dense diagonalisation: the dense analytic Hessian (9N² doubles, assembled
     * by the force field's dense path, independent of the sparse assembly) applied to each returned
     * mode, max over modes of ‖M^-1/2·H·M^-1/2·v − λv‖ / |λ| (unprojected, so rigid-body leakage counts).
     */
    static String residualCheck(dev.curvature.forcefield.TermPotential p, double[] x, double[] masses,
                                dev.curvature.vibration.LowestModes.Result r) {
        int n = x.length;
        double[] dense = new double[n * n];
        p.evaluate(x, null, dense);
        double worst = 0;
        double[] u = new double[n];
        for (int j = 0; j < r.eigenvalues().length; j++) {
            double[] v = r.massWeightedVectors()[j];
            double lambda = r.eigenvalues()[j], norm2 = 0;
            for (int i = 0; i < n; i++) u[i] = v[i] / Math.sqrt(masses[i / 3]);
            for (int i = 0; i < n; i++) {
                double y = 0;
                for (int c = 0, o = i * n; c < n; c++) y += dense[o + c] * u[c];
                double res = y / Math.sqrt(masses[i / 3]) - lambda * v[i];
                norm2 += res * res;
            }
            worst = Math.max(worst, Math.sqrt(norm2) / Math.abs(lambda));
        }
        return String.format(Locale.ROOT, "residual %.1e", worst);
    }

    /**
     * {@code type FILE [--repeats K]}: thread CPU of reading the file (bond orders and charges
     * perceived from connectivity for PDB) and of MMFF94 typing + charges (median of K), with the
     * size of the largest bonded fragment.
     */
    static void typing(Path file, int repeats) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        Structure s = BenchMolecules.read(file).get(0);
        double read = (threads.getCurrentThreadCpuTime() - c0) * 1e-9;
        double[] cpu = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            c0 = threads.getCurrentThreadCpuTime();
            dev.curvature.forcefield.mmff.MmffTyping.assign(s);
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) * 1e-9;
        }
        double first = cpu[0];
        Arrays.sort(cpu);
        var fragments = dev.curvature.forcefield.BondedFragments.of(s);
        int largest = 0;
        for (int f = 0; f < fragments.count(); f++) largest = Math.max(largest, fragments.atoms(f).length);
        System.out.println("what\tfile\tatoms\tlargest_fragment\tread_cpu_s\tfirst_typing_cpu_s\ttyping_cpu_s\tpeak_rss_MB");
        System.out.printf(Locale.ROOT, "type\t%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.0f%n", file.getFileName(), s.atomCount(), largest, read, first,
                cpu[repeats / 2], peakRssMb());
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

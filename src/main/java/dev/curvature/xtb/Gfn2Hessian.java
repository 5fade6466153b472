package dev.curvature.xtb;

import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The GFN2-xTB Hessian and dipole derivatives from central differences of the analytic gradient
 * and dipole, the route xtb's own {@code --hess} takes, made cheap in two ways:
 * <ul>
 *   <li>every displaced SCC starts from the converged SCC variables of the reference geometry
 *       (a displacement of 1e-4 Å changes the charges by ~1e-5 e, so the SCC starts near its
 *       answer instead of from neutral shells);</li>
 *   <li>the 3N coordinate pairs run in parallel on a pool of threads.</li>
 * </ul>
 * Each displacement depends only on the reference state and its own coordinate, never on which
 * thread ran it or in what order, so the result is the same for any thread count. One pass yields
 * both the Hessian (symmetrised) and the atomic polar tensors, which IR intensities need. Atomic
 * units throughout (bohr, Eh, e).
 */
final class Gfn2Hessian {
    /**
     * @param hessian       3N×3N row-major, Eh/bohr², symmetrised; null when only the dipole was differenced
     * @param apt           P[3a+β, α] = ∂μ_α/∂R_aβ (e), 3N×3 row-major
     * @param sccIterations SCC iterations of all 6N displaced calculations
     */
    record Result(double[] hessian, double[] apt, long sccIterations) {}

    private Gfn2Hessian() {}

    /** SCC charge tolerance of the displaced calculations (the default: gradients within ~1e-8 Eh/bohr). */
    static final double DISPLACEMENT_TOLERANCE = Gfn2Calculator.DEFAULT_CHARGE_TOLERANCE;

    /**
     * Displacement, bohr: xtb's own step_hess. Its central differences are off from the
     * infinitesimal limit by ~4e-5 of the largest element (caffeine), and the SCC noise of
     * {@link #DISPLACEMENT_TOLERANCE} divided by 2·step stays near 2e-6 Eh/bohr², where the 1e-4 Å
     * of the force fields needed SCCs converged 100× tighter for the same noise.
     */
    static final double STEP_BOHR = 0.005;

    /** Threads used for the displacements: the processors the JVM sees (-XX:ActiveProcessorCount limits it). */
    static int threads(int tasks) {
        return Math.max(1, Math.min(tasks, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param xyz       reference positions, bohr
     * @param reference converged result at xyz (its SCC state is the guess of every displacement)
     * @param step      displacement, bohr ({@link #STEP_BOHR} unless a test wants another)
     * @param gradients whether to difference gradients (Hessian) or only dipoles
     */
    static Result compute(Gfn2Calculator calc, double[] xyz, int charge, int unpaired, double[] field,
                          Gfn2Result reference, double step, boolean gradients) {
        int n3 = xyz.length;
        double[] hessian = gradients ? new double[n3 * n3] : null;
        double[] apt = new double[3 * n3];
        double[] guess = reference.sccState();
        // and the reference SCC's Broyden differences: the displaced SCCs share its charge response
        dev.curvature.xtb.scc.BroydenMixer.History prior = reference.mixerHistory();
        int threads = threads(n3);
        java.util.concurrent.atomic.AtomicLong iterations = new java.util.concurrent.atomic.AtomicLong();
        if (threads == 1) {
            for (int i = 0; i < n3; i++) displace(calc, xyz, charge, unpaired, field, guess, prior, step, gradients, i, hessian, apt, iterations);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "gfn2-hessian");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> jobs = new ArrayList<>(n3);
                for (int i = 0; i < n3; i++) {
                    int c = i;
                    jobs.add(pool.submit(() -> displace(calc, xyz, charge, unpaired, field, guess, prior, step, gradients, c, hessian, apt, iterations)));
                }
                for (Future<?> f : jobs) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("GFN2-xTB Hessian interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error er) throw er;
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        if (hessian != null)
            for (int i = 0; i < n3; i++)
                for (int j = i + 1; j < n3; j++) {
                    double s = 0.5 * (hessian[i * n3 + j] + hessian[j * n3 + i]);
                    hessian[i * n3 + j] = s;
                    hessian[j * n3 + i] = s;
                }
        return new Result(hessian, apt, iterations.get());
    }

    /**
     * Row c of the Hessian and of the polar tensors from the SCCs at x_c ± step. The + SCC starts
     * from the reference state s₀, the − SCC from 2s₀ − s₊, the linear extrapolation through both
     * (its start is off by O(step²) instead of O(step), which saves about half its iterations).
     */
    private static void displace(Gfn2Calculator calc, double[] xyz, int charge, int unpaired, double[] field, double[] guess,
                                 dev.curvature.xtb.scc.BroydenMixer.History prior, double step, boolean gradients, int c, double[] hessian, double[] apt,
                                 java.util.concurrent.atomic.AtomicLong iterations) {
        double[] x = xyz.clone();
        x[c] = xyz[c] + step;
        Gfn2Result plus = calc.compute(x, charge, unpaired, gradients, guess, prior, field, DISPLACEMENT_TOLERANCE);
        x[c] = xyz[c] - step;
        double[] mirrored = guess.clone();
        double[] sp = plus.sccState();
        for (int i = 0; i < mirrored.length && i < sp.length; i++) mirrored[i] = 2 * guess[i] - sp[i];
        Gfn2Result minus = calc.compute(x, charge, unpaired, gradients, mirrored, prior, field, DISPLACEMENT_TOLERANCE);
        iterations.addAndGet(plus.iterations() + minus.iterations());
        int n3 = xyz.length;
        if (gradients)
            for (int j = 0; j < n3; j++) hessian[c * n3 + j] = (plus.gradient()[j] - minus.gradient()[j]) / (2 * step);
        for (int a = 0; a < 3; a++) apt[3 * c + a] = (plus.dipole()[a] - minus.dipole()[a]) / (2 * step);
    }
}

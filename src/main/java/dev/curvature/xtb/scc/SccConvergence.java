package dev.curvature.xtb.scc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * How the SCC is driven to self-consistency, and what is tried when it is not reached.
 *
 * <p>First xtb's own scheme (xtb 6.5 scc_core/scf_module): modified Broyden mixing with damping
 * 0.4 at the requested electronic temperature, at most 250 iterations. xtb stops there with
 * "Self consistent charge iterator did not converge" and leaves the remedy to the user (`--etemp`,
 * `--iterations`). Here the fallbacks are automatic, each logged once per calculator and recorded
 * in the result's attempts:
 * <ol>
 *   <li>damped mixing: 20 steps of simple mixing with α = 0.05, then Broyden with damping 0.1,
 *       twice the iteration limit, same temperature (so the same answer when it converges);</li>
 *   <li>annealing: converge at a higher electronic temperature (3000, 10000, 30000 K), where the
 *       Fermi smearing spreads the near-degenerate levels whose occupations flip from one
 *       iteration to the next, then step the temperature down to the requested one, each step
 *       started from the previous step's charges;</li>
 *   <li>if the requested temperature cannot be reached, the lowest one that converged is kept
 *       (when allowed): the result then states that temperature, and the energy includes its
 *       −T·S_el.</li>
 * </ol>
 * If nothing converges, one {@link SccNotConvergedException} line says what was tried.
 */
public final class SccConvergence {

    /** One SCC pass: iterate from start with this mixer at this temperature, at most limit iterations. */
    @FunctionalInterface
    public interface Cycle<P extends Pass> {
        P run(double[] start, ChargeMixer mixer, double kelvin, int limit);
    }

    /** What a pass ended with. */
    public interface Pass {
        boolean converged();

        /** The output charges/multipoles of the last iteration (the self-consistent ones when converged). */
        double[] state();

        int iterations();

        /** Largest change of any charge or multipole in the last iteration. */
        double residual();
    }

    /**
     * One pass as recorded in the result.
     *
     * @param scheme     the mixing scheme ("broyden", "damped", "anneal")
     * @param kelvin     electronic temperature, K
     * @param iterations SCC iterations of this pass
     * @param converged  whether it reached the tolerance
     * @param residual   largest change in its last iteration
     */
    public record Attempt(String scheme, double kelvin, int iterations, boolean converged, double residual) {
        @Override public String toString() {
            return String.format(Locale.ROOT, "%s at %.0f K: %d iterations, %s", scheme, kelvin, iterations,
                    converged ? "converged" : String.format(Locale.ROOT, "max change %.2g", residual));
        }
    }

    /**
     * @param pass     the converged pass
     * @param kelvin   the electronic temperature it converged at (the requested one unless the
     *                 fallback to a higher temperature was needed)
     * @param attempts every pass made, in order
     */
    public record Solution<P extends Pass>(P pass, double kelvin, List<Attempt> attempts, BroydenMixer.History mixerHistory) {
        public Solution(P pass, double kelvin, List<Attempt> attempts) { this(pass, kelvin, attempts, null); }

        public int totalIterations() {
            int s = 0;
            for (Attempt a : attempts) s += a.iterations();
            return s;
        }
    }

    static final double[] ANNEALING_START_KELVIN = {3000, 10000, 30000};
    private static final int DAMPED_SIMPLE_STEPS = 20;
    private static final double DAMPED_ALPHA = 0.05, DAMPED_BROYDEN = 0.1, BROYDEN = 0.4;
    private static final int BROYDEN_MEMORY = 30;
    private static final int MAX_COOLING_STEPS = 24;

    private final double kelvin;
    private final int maxIterations;
    private final boolean allowHigherTemperature;
    private final Consumer<String> log;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /**
     * @param kelvin                 requested electronic temperature
     * @param maxIterations          iterations of the first pass (xtb's default 250)
     * @param allowHigherTemperature accept a result at a higher temperature than requested
     * @param log                    where the one-line notices go (each kind once per instance)
     */
    public SccConvergence(double kelvin, int maxIterations, boolean allowHigherTemperature, Consumer<String> log) {
        this.kelvin = kelvin;
        this.maxIterations = maxIterations;
        this.allowHigherTemperature = allowHigherTemperature;
        this.log = log;
    }

    public double kelvin() { return kelvin; }

    public <P extends Pass> Solution<P> solve(Cycle<P> cycle, double[] start) {
        return solve(cycle, start, null);
    }

    /**
     * As above, the first (Broyden) pass starting with a previous SCC's differences (a warm start
     * from a nearby geometry); the solution carries this pass's differences when it converged.
     */
    public <P extends Pass> Solution<P> solve(Cycle<P> cycle, double[] start, BroydenMixer.History prior) {
        List<Attempt> attempts = new ArrayList<>();
        BroydenMixer first = new BroydenMixer(BROYDEN, BROYDEN_MEMORY, prior);
        P p = run(cycle, start, first, "broyden", kelvin, maxIterations, attempts);
        if (p.converged()) return new Solution<>(p, kelvin, attempts, first.history());

        notice("damped", "SCC did not converge with Broyden mixing in " + maxIterations
                + " iterations; retrying with damped mixing");
        p = run(cycle, start, damped(), "damped", kelvin, 2 * maxIterations, attempts);
        if (p.converged()) return new Solution<>(p, kelvin, attempts);

        P hot = null;
        double hotKelvin = Double.NaN;
        for (double t : ANNEALING_START_KELVIN) {
            if (t <= kelvin) continue;
            P q = run(cycle, start, damped(), "anneal", t, 2 * maxIterations, attempts);
            if (q.converged()) {
                hot = q;
                hotKelvin = t;
                break;
            }
        }
        if (hot == null) throw new SccNotConvergedException("GFN2-xTB SCC did not converge (" + summary(attempts) + ")");
        notice("anneal", String.format(Locale.ROOT, "SCC did not converge at %.0f K with Broyden or damped mixing; "
                + "annealing from a higher electronic temperature", kelvin));

        // cool down, each pass from the last converged charges: halve the excess temperature per
        // step (the last 10 % in one go); after a failed step, keep more of it (0.75, 0.875, ...)
        double t = hotKelvin, keep = 0.5;
        for (int k = 0; k < MAX_COOLING_STEPS && t > kelvin && keep < 0.97; k++) {
            double next = kelvin + keep * (t - kelvin);
            if (next - kelvin < 0.1 * kelvin) next = kelvin;
            P q = run(cycle, hot.state(), new BroydenMixer(DAMPED_BROYDEN, BROYDEN_MEMORY), "anneal", next, maxIterations, attempts);
            if (q.converged()) {
                hot = q;
                t = next;
                keep = 0.5;
            } else {
                keep = 0.5 + 0.5 * keep;
            }
        }
        if (t <= kelvin) return new Solution<>(hot, kelvin, attempts);
        if (!allowHigherTemperature)
            throw new SccNotConvergedException(String.format(Locale.ROOT,
                    "GFN2-xTB SCC did not converge at %.0f K (only at %.0f K and above; %s)", kelvin, t, summary(attempts)));
        notice("hot", String.format(Locale.ROOT, "SCC converged only at an electronic temperature of %.0f K "
                + "(requested %.0f K); that result is used, its energy includes -T*S_el at %.0f K", t, kelvin, t));
        return new Solution<>(hot, t, attempts);
    }

    private static ChargeMixer damped() {
        return new DampedStartMixer(DAMPED_ALPHA, DAMPED_SIMPLE_STEPS, new BroydenMixer(DAMPED_BROYDEN, BROYDEN_MEMORY));
    }

    private static <P extends Pass> P run(Cycle<P> cycle, double[] start, ChargeMixer mixer, String scheme, double kelvin,
                                          int limit, List<Attempt> attempts) {
        P p = cycle.run(start, mixer, kelvin, limit);
        attempts.add(new Attempt(scheme, kelvin, p.iterations(), p.converged(), p.residual()));
        return p;
    }

    /** Logs a notice the first time this instance meets its kind (a band of images would repeat it). */
    private void notice(String kind, String message) {
        if (logged.add(kind)) log.accept("GFN2-xTB: " + message + " (reported once)");
    }

    /** The passes in one line: each scheme with its temperatures and worst residual. */
    private static String summary(List<Attempt> attempts) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (Attempt a : attempts) total += a.iterations();
        Attempt first = attempts.get(0);
        sb.append(String.format(Locale.ROOT, "%d passes, %d iterations in all; Broyden at %.0f K ended with max charge change %.2g",
                attempts.size(), total, first.kelvin(), first.residual()));
        double hottest = 0;
        for (Attempt a : attempts) hottest = Math.max(hottest, a.kelvin());
        if (hottest > first.kelvin())
            sb.append(String.format(Locale.ROOT, "; damped mixing and annealing up to %.0f K failed too", hottest));
        else if (attempts.size() > 1) sb.append("; damped mixing failed too");
        return sb.toString();
    }
}

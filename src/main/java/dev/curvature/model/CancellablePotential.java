package dev.curvature.model;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A potential that asks a cancellation token before every evaluation and throws
 * {@link CancellationException} once it says stop. Long jobs built from many evaluations
 * (relaxations, strained cells, displaced supercells) become cancellable between any two of them
 * without each algorithm knowing about cancellation; one evaluation itself always runs to its end.
 * The token is whatever the caller has (an interactive Cancel, a deadline); nothing here is GUI.
 */
public final class CancellablePotential extends ForwardingPotential {
    private final BooleanSupplier cancelled;

    private CancellablePotential(Potential inner, BooleanSupplier cancelled) {
        super(inner);
        this.cancelled = cancelled;
    }

    /** {@code p} itself when nothing can cancel it. */
    public static Potential of(Potential p, BooleanSupplier cancelled) {
        return cancelled == null ? p : new CancellablePotential(p, cancelled);
    }

    /** Throws {@link CancellationException} if {@code cancelled} (may be null) says stop. */
    public static void check(BooleanSupplier cancelled) {
        if (cancelled != null && cancelled.getAsBoolean()) throw new CancellationException("cancelled");
    }

    @Override
    public void compute(Configuration configuration, Results results, Workspace workspace) {
        check(cancelled);
        inner.compute(configuration, results, workspace);
    }

    @Override
    public Map<String, Double> energyTerms(double[] positionsAngstrom) {
        check(cancelled);
        return inner.energyTerms(positionsAngstrom);
    }
}

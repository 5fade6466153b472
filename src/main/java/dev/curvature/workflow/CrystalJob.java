package dev.curvature.workflow;

import dev.curvature.charges.ChargeModelException;
import dev.curvature.structure.Structure;

/**
 * A job on a crystal and the model bound to it ({@link ElasticAnalysis}, {@link PhononAnalysis}),
 * followed and stopped through a {@link CrystalJobMonitor}, or run to its end without one.
 */
public interface CrystalJob<O> {
    /**
     * Runs the job, naming its stages to {@code monitor} and asking it before every evaluation of
     * the potential and every step of the job's own loops; throws
     * {@link java.util.concurrent.CancellationException} once it says stop.
     */
    O run(Structure input, CrystalModel model, CrystalJobMonitor monitor) throws CrystalJobException;

    /** Runs the job to its end. */
    default O run(Structure input, CrystalModel model) throws CrystalJobException {
        return run(input, model, CrystalJobMonitor.NONE);
    }

    /** The body of a job, which may throw what the engine throws. */
    @FunctionalInterface
    interface Body<O> {
        O run() throws CrystalJobException;
    }

    /**
     * Runs a job's body; self-consistent charges whose hardness fails at a geometry the job reached
     * become the job's one-line refusal.
     */
    static <O> O guarded(Body<O> body) throws CrystalJobException {
        try {
            return body.run();
        } catch (ChargeModelException e) {
            throw new CrystalJobException(e.getMessage());
        }
    }
}

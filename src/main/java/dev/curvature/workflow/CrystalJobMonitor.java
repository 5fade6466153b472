package dev.curvature.workflow;

import java.util.function.BooleanSupplier;

/**
 * How a caller follows a crystal job ({@link ElasticAnalysis}, {@link PhononAnalysis}) and stops
 * it: the job names each stage as it enters it, and asks {@link #cancelled()} before every
 * evaluation of the potential and every wavevector or iteration of its own loops, throwing
 * {@link java.util.concurrent.CancellationException} once the answer is yes. No GUI here: the
 * plugin adapts its progress dialog to this, the CLI passes {@link #NONE}.
 */
public interface CrystalJobMonitor {
    /** Never stops, hears nothing. */
    CrystalJobMonitor NONE = () -> false;

    /** Whether to stop now. */
    boolean cancelled();

    /** The job enters {@code stage}; {@code fraction} is roughly how much of the whole job lies behind it (0 to 1). */
    default void stage(String stage, double fraction) {}

    /** The token the engine's loops ask (null when nothing can stop the job). */
    default BooleanSupplier token() { return this == NONE ? null : this::cancelled; }
}

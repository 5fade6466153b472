package dev.curvature.spectrum;

import dev.curvature.charges.ChargeModel;
import dev.curvature.vibration.NormalModes;

/**
 * Frequencies with IR intensities and (optionally) Raman activities of one set of normal modes:
 * what {@code curvature freq} reports and what spectra are built from.
 */
public record VibrationalIntensities(NormalModes modes, IrIntensities infrared, RamanActivities raman) {

    /**
     * IR intensities from the charges at the modes' geometry; Raman activities too if asked.
     *
     * @throws UnsupportedOperationException if Raman is asked of a model without polarizability
     */
    public static VibrationalIntensities compute(NormalModes modes, ChargeModel chargeModel, boolean withRaman) {
        return compute(modes, chargeModel, withRaman, () -> false);
    }

    /**
     * As {@link #compute(NormalModes, ChargeModel, boolean)}, giving up with a
     * {@link java.util.concurrent.CancellationException} once {@code cancelled} says so.
     */
    public static VibrationalIntensities compute(NormalModes modes, ChargeModel chargeModel, boolean withRaman,
                                                 java.util.function.BooleanSupplier cancelled) {
        dev.curvature.charges.ChargeDistribution charges = chargeModel.charges(modes.structure());
        if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
        IrIntensities ir = IrIntensities.compute(modes, charges, chargeModel.name());
        if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
        // one charge solve (and one charge flux) serves both: the analytic Raman route reuses it
        RamanActivities raman = withRaman ? RamanActivities.compute(modes, chargeModel, charges, cancelled) : null;
        return new VibrationalIntensities(modes, ir, raman);
    }

    public boolean hasRaman() { return raman != null; }

    /** Stick list of the IR spectrum (unscaled frequencies, km/mol). */
    public double[] frequenciesCm1() { return modes.frequenciesCm1(); }
}

package dev.curvature.spectrum;

import dev.curvature.model.DipoleModel;
import dev.curvature.vibration.NormalModes;

/**
 * Frequencies with IR intensities and (optionally) Raman activities of one set of normal modes:
 * what {@code curvature freq} reports and what spectra are built from.
 */
public record VibrationalIntensities(NormalModes modes, IrIntensities infrared, RamanActivities raman) {

    /**
     * IR intensities from the dipole model at the modes' geometry; Raman activities too if asked.
     *
     * @throws UnsupportedOperationException if Raman is asked of a model without polarizability
     */
    public static VibrationalIntensities compute(NormalModes modes, DipoleModel dipoles, boolean withRaman) {
        return compute(modes, dipoles, withRaman, () -> false);
    }

    /**
     * As {@link #compute(NormalModes, DipoleModel, boolean)}, giving up with a
     * {@link java.util.concurrent.CancellationException} once {@code cancelled} says so.
     */
    public static VibrationalIntensities compute(NormalModes modes, DipoleModel dipoles, boolean withRaman,
                                                 java.util.function.BooleanSupplier cancelled) {
        IrIntensities ir = IrIntensities.compute(modes, dipoles);
        if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
        RamanActivities raman = withRaman ? RamanActivities.compute(modes, dipoles, cancelled) : null;
        return new VibrationalIntensities(modes, ir, raman);
    }

    public boolean hasRaman() { return raman != null; }

    /** Stick list of the IR spectrum (unscaled frequencies, km/mol). */
    public double[] frequenciesCm1() { return modes.frequenciesCm1(); }
}

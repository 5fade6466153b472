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
        IrIntensities ir = IrIntensities.compute(modes, dipoles);
        RamanActivities raman = withRaman ? RamanActivities.compute(modes, dipoles) : null;
        return new VibrationalIntensities(modes, ir, raman);
    }

    public boolean hasRaman() { return raman != null; }

    /** Stick list of the IR spectrum (unscaled frequencies, km/mol). */
    public double[] frequenciesCm1() { return modes.frequenciesCm1(); }
}

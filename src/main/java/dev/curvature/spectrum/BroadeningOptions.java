package dev.curvature.spectrum;

/**
 * How sticks become a curve: line shape, FWHM (cm⁻¹), a frequency scale factor applied to the
 * harmonic wavenumbers before broadening (1 = none; e.g. 0.96 for scaled frequencies), and the grid
 * (first and last wavenumber, step, cm⁻¹). Modes with imaginary (negative) or scaled frequencies
 * outside (0, ∞) are left out of the spectrum.
 */
public record BroadeningOptions(Lineshape lineshape, double fwhmCm1, double frequencyScale,
                                double minCm1, double maxCm1, double stepCm1) {
    public static final double DEFAULT_FWHM_CM1 = 10.0;

    public BroadeningOptions {
        if (lineshape == null) throw new IllegalArgumentException("line shape missing");
        if (!(fwhmCm1 > 0)) throw new IllegalArgumentException("FWHM must be positive, got " + fwhmCm1);
        if (!(frequencyScale > 0)) throw new IllegalArgumentException("frequency scale must be positive, got " + frequencyScale);
        if (!(stepCm1 > 0)) throw new IllegalArgumentException("grid step must be positive, got " + stepCm1);
        if (!(maxCm1 > minCm1)) throw new IllegalArgumentException("grid range empty: " + minCm1 + " to " + maxCm1);
        if ((maxCm1 - minCm1) / stepCm1 > 5_000_000) throw new IllegalArgumentException("grid too fine: over 5e6 points");
    }

    /** Lorentzian, FWHM 10 cm⁻¹, no scaling, 0–4000 cm⁻¹ in steps of 1 cm⁻¹. */
    public static BroadeningOptions defaults() {
        return new BroadeningOptions(Lineshape.LORENTZIAN, DEFAULT_FWHM_CM1, 1.0, 0, 4000, 1);
    }

    public BroadeningOptions withLineshape(Lineshape l) { return new BroadeningOptions(l, fwhmCm1, frequencyScale, minCm1, maxCm1, stepCm1); }
    public BroadeningOptions withFwhm(double w) { return new BroadeningOptions(lineshape, w, frequencyScale, minCm1, maxCm1, stepCm1); }
    public BroadeningOptions withFrequencyScale(double s) { return new BroadeningOptions(lineshape, fwhmCm1, s, minCm1, maxCm1, stepCm1); }
    public BroadeningOptions withGrid(double min, double max, double step) { return new BroadeningOptions(lineshape, fwhmCm1, frequencyScale, min, max, step); }

    /** Number of grid points: from minCm1 in steps of stepCm1, not beyond maxCm1 (+1e-9 step). */
    public int pointCount() { return (int) Math.floor((maxCm1 - minCm1) / stepCm1 + 1e-9) + 1; }
}

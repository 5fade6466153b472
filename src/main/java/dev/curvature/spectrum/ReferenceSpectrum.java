package dev.curvature.spectrum;

/**
 * A measured (or externally computed) spectrum to overlay on a calculated one: x in cm⁻¹ (any order),
 * y in the file's own units ({@code yUnits}, e.g. ABSORBANCE, TRANSMITTANCE, or empty when unknown).
 */
public record ReferenceSpectrum(String title, String yUnits, double[] xCm1, double[] y) {
    public ReferenceSpectrum {
        if (xCm1.length != y.length) throw new IllegalArgumentException(title + ": " + xCm1.length + " x values but " + y.length + " y values");
        if (xCm1.length == 0) throw new IllegalArgumentException(title + ": no data points");
        xCm1 = xCm1.clone();
        y = y.clone();
    }

    @Override public double[] xCm1() { return xCm1.clone(); }
    @Override public double[] y() { return y.clone(); }

    /**
     * The spectrum as a positive absorption-like curve: transmittance T (fraction or percent, detected
     * from the units or from values above 1.5) becomes absorbance −log10(T/Tmax); anything else is
     * returned as it is.
     */
    public ReferenceSpectrum asAbsorption() {
        if (!yUnits.toUpperCase(java.util.Locale.ROOT).contains("TRANSMITTANCE")) return this;
        double max = 0;
        for (double v : y) max = Math.max(max, v);
        if (!(max > 0)) throw new IllegalArgumentException(title + ": transmittance without positive values");
        double floor = max * 1e-6;
        double[] a = new double[y.length];
        for (int i = 0; i < y.length; i++) a[i] = -Math.log10(Math.max(y[i], floor) / max);
        return new ReferenceSpectrum(title, "ABSORBANCE", xCm1, a);
    }

    /** y scaled so its maximum is {@code top}. */
    public double[] yScaledTo(double top) {
        double max = 0;
        for (double v : y) max = Math.max(max, v);
        double[] out = new double[y.length];
        if (max <= 0) return out;
        for (int i = 0; i < y.length; i++) out[i] = y[i] * top / max;
        return out;
    }
}

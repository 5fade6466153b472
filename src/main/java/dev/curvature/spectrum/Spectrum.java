package dev.curvature.spectrum;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable calculated spectrum: the sticks (one per real mode: scaled wavenumber, intensity,
 * 0-based mode index) and the broadened curve on an evenly spaced grid. The curve is in stick units
 * per cm⁻¹, so its integral over an unbounded grid equals the sum of the stick intensities.
 */
public final class Spectrum {
    private final SpectrumKind kind;
    private final String title;
    private final BroadeningOptions options;
    private final double[] stickCm1, stickIntensity;
    private final int[] stickMode;
    private final double[] gridCm1, curve;

    private Spectrum(SpectrumKind kind, String title, BroadeningOptions options, double[] stickCm1, double[] stickIntensity,
                     int[] stickMode, double[] gridCm1, double[] curve) {
        this.kind = kind;
        this.title = title;
        this.options = options;
        this.stickCm1 = stickCm1;
        this.stickIntensity = stickIntensity;
        this.stickMode = stickMode;
        this.gridCm1 = gridCm1;
        this.curve = curve;
    }

    /**
     * Broadens per-mode intensities. Frequencies are the harmonic ones (cm⁻¹, negative = imaginary);
     * they are multiplied by the options' scale factor, and modes at or below 0 cm⁻¹ are dropped.
     */
    public static Spectrum of(SpectrumKind kind, String title, double[] frequenciesCm1, double[] intensities, BroadeningOptions options) {
        if (frequenciesCm1.length != intensities.length)
            throw new IllegalArgumentException(title + ": " + frequenciesCm1.length + " frequencies but " + intensities.length + " intensities");
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < frequenciesCm1.length; k++) {
            if (!Double.isFinite(intensities[k]) || intensities[k] < 0)
                throw new IllegalArgumentException(title + ": mode " + (k + 1) + " has intensity " + intensities[k]);
            if (frequenciesCm1[k] * options.frequencyScale() > 0) kept.add(k);
        }
        int s = kept.size();
        double[] pos = new double[s], val = new double[s];
        int[] mode = new int[s];
        for (int i = 0; i < s; i++) {
            mode[i] = kept.get(i);
            pos[i] = frequenciesCm1[mode[i]] * options.frequencyScale();
            val[i] = intensities[mode[i]];
        }
        int n = options.pointCount();
        double[] x = new double[n], y = new double[n];
        for (int j = 0; j < n; j++) x[j] = options.minCm1() + j * options.stepCm1();
        Lineshape shape = options.lineshape();
        double w = options.fwhmCm1();
        for (int i = 0; i < s; i++) {
            if (val[i] == 0) continue;
            for (int j = 0; j < n; j++) y[j] += val[i] * shape.value(x[j] - pos[i], w);
        }
        return new Spectrum(kind, title, options, pos, val, mode, x, y);
    }

    /** IR spectrum of computed intensities. */
    public static Spectrum infrared(VibrationalIntensities v, BroadeningOptions options) {
        return of(SpectrumKind.IR, v.modes().structure().name() + " IR (" + v.infrared().chargeModelName() + ")",
                v.frequenciesCm1(), v.infrared().intensitiesKmPerMol(), options);
    }

    /** Raman spectrum (activities) of computed intensities. */
    public static Spectrum raman(VibrationalIntensities v, BroadeningOptions options) {
        if (!v.hasRaman()) throw new IllegalStateException(v.modes().structure() + ": no Raman activities were computed");
        return of(SpectrumKind.RAMAN, v.modes().structure().name() + " Raman (" + v.raman().chargeModelName() + ")",
                v.frequenciesCm1(), v.raman().activitiesA4PerAmu(), options);
    }

    public SpectrumKind kind() { return kind; }
    public String title() { return title; }
    public BroadeningOptions options() { return options; }
    public int stickCount() { return stickCm1.length; }
    /** Scaled stick wavenumbers, cm⁻¹ (copy). */
    public double[] stickPositionsCm1() { return stickCm1.clone(); }
    public double[] stickIntensities() { return stickIntensity.clone(); }
    /** 0-based NormalModes index of each stick (copy). */
    public int[] stickModes() { return stickMode.clone(); }
    public int pointCount() { return gridCm1.length; }
    public double[] gridCm1() { return gridCm1.clone(); }
    /** Broadened curve, stick unit per cm⁻¹ (copy). */
    public double[] curve() { return curve.clone(); }

    public double maxCurve() {
        double m = 0;
        for (double v : curve) m = Math.max(m, v);
        return m;
    }

    public double stickSum() {
        double t = 0;
        for (double v : stickIntensity) t += v;
        return t;
    }

    /** Trapezoidal integral of the curve over the grid. */
    public double integral() {
        double t = 0;
        for (int j = 1; j < curve.length; j++) t += 0.5 * (curve[j] + curve[j - 1]) * (gridCm1[j] - gridCm1[j - 1]);
        return t;
    }
}

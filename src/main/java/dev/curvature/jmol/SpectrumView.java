package dev.curvature.jmol;

import dev.curvature.io.jcamp.JcampDxWriter;
import dev.curvature.io.jcamp.ReferenceSpectrumReader;
import dev.curvature.spectrum.BroadeningOptions;
import dev.curvature.spectrum.Lineshape;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.spectrum.Spectrum;
import dev.curvature.io.spectra.SpectrumCsv;
import dev.curvature.spectrum.SpectrumKind;
import dev.curvature.io.spectra.SpectrumPlot;
import dev.curvature.spectrum.VibrationalIntensities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the spectrum window shows, without Swing: which spectra (IR, Raman, or both stacked), the
 * broadening (frequency scale factor, FWHM, lineshape), an experimental overlay, the peak (mode)
 * nearest a wavenumber, and the exports. The spectra are the engine's {@link Spectrum} of the
 * modes' intensities, as the CLI's {@code --spectrum} draws them.
 */
final class SpectrumView {
    /** How good the intensities are, in one line (VALIDATION.md, "IR and Raman intensities"). */
    static final String QEQ_QUALITY = "QEq intensities: patterns only — IR X–H bands follow DFT, carbonyl/CO₂ stretches "
            + "far too weak; Raman strongest band right, bends too strong (VALIDATION.md).";

    private final VibrationalIntensities intensities;
    private final Set<SpectrumKind> shown = EnumSet.noneOf(SpectrumKind.class);
    private BroadeningOptions options = BroadeningOptions.defaults();
    private ReferenceSpectrum experimental;

    SpectrumView(VibrationalIntensities intensities) {
        this.intensities = intensities;
        options = options.withGrid(0, top(1.0), 1);
    }

    VibrationalIntensities intensities() { return intensities; }

    /** Adds a spectrum to those shown (IR and Raman may both be shown). */
    void show(SpectrumKind kind) {
        if (kind == SpectrumKind.RAMAN && !intensities.hasRaman()) return;
        shown.add(kind);
    }

    void hide(SpectrumKind kind) { shown.remove(kind); }

    boolean showing(SpectrumKind kind) { return shown.contains(kind); }

    BroadeningOptions options() { return options; }

    void setFrequencyScale(double s) { options = options.withFrequencyScale(s).withGrid(0, top(s), 1); }
    void setFwhm(double w) { options = options.withFwhm(w).withGrid(0, top(options.frequencyScale()), 1); }
    void setLineshape(Lineshape l) { options = options.withLineshape(l); }

    ReferenceSpectrum experimental() { return experimental; }

    /** Reads an experimental IR spectrum (JCAMP-DX or CSV) to overlay on the IR panel. */
    void loadExperimental(Path file) throws IOException {
        experimental = ReferenceSpectrumReader.read(file);
    }

    private double top(double scale) {
        double top = 4000;
        for (double f : intensities.frequenciesCm1()) top = Math.max(top, Math.ceil(scale * f + 10 * options.fwhmCm1()));
        return top;
    }

    /** The shown spectra, IR first. */
    List<Spectrum> spectra() {
        List<Spectrum> out = new ArrayList<>();
        if (shown.contains(SpectrumKind.IR)) out.add(Spectrum.infrared(intensities, options));
        if (shown.contains(SpectrumKind.RAMAN)) out.add(Spectrum.raman(intensities, options));
        return out;
    }

    /** Where mode k's peak is drawn: its frequency times the scale factor (cm⁻¹). */
    double peakPosition(int mode) {
        return options.frequencyScale() * intensities.frequenciesCm1()[mode];
    }

    /**
     * The mode whose peak in this spectrum is nearest the wavenumber (cm⁻¹), among modes with
     * non-negligible intensity there, within {@code toleranceCm1}; −1 if none.
     */
    int modeNear(SpectrumKind kind, double wavenumberCm1, double toleranceCm1) {
        double[] f = intensities.frequenciesCm1();
        double[] y = kind == SpectrumKind.RAMAN ? intensities.raman().activitiesA4PerAmu() : intensities.infrared().intensitiesKmPerMol();
        double top = 0;
        for (double v : y) top = Math.max(top, v);
        int best = -1;
        double bestDistance = toleranceCm1;
        for (int k = 0; k < f.length; k++) {
            if (f[k] <= 0 || y[k] < 1e-3 * top) continue;
            double d = Math.abs(options.frequencyScale() * f[k] - wavenumberCm1);
            if (d <= bestDistance) { bestDistance = d; best = k; }
        }
        return best;
    }

    SpectrumPlot plot(int widthPx, int heightPx) {
        SpectrumPlot plot = SpectrumPlot.of(spectra().toArray(new Spectrum[0])).withSize(widthPx, heightPx);
        return experimental == null || !shown.contains(SpectrumKind.IR) ? plot : plot.withExperimental(SpectrumKind.IR, experimental);
    }

    /** PNG or SVG (by the file's extension), CSV of the curves, or JCAMP-DX (one file per shown spectrum). */
    List<Path> export(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (shown.isEmpty()) throw new IOException("no spectrum is shown");
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            plot(900, 300 * shown.size()).write(file);
            return List.of(file);
        }
        if (name.endsWith(".csv")) {
            SpectrumCsv.write(file, SpectrumCsv.curves(spectra().toArray(new Spectrum[0])));
            return List.of(file);
        }
        if (name.endsWith(".jdx") || name.endsWith(".dx")) {
            List<Path> written = new ArrayList<>();
            for (Spectrum s : spectra()) {
                Path target = s.kind() == SpectrumKind.RAMAN && shown.size() > 1
                        ? file.resolveSibling(name.replaceFirst("\\.(jdx|dx)$", "-raman.$1")) : file;
                JcampDxWriter.write(target, s, intensities.modes());
                written.add(target);
            }
            return written;
        }
        throw new IOException(file.getFileName() + ": give the file a .png, .svg, .csv or .jdx name");
    }
}

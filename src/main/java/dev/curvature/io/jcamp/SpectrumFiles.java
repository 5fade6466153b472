package dev.curvature.io.jcamp;

import dev.curvature.spectrum.BroadeningOptions;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.spectrum.Spectrum;
import dev.curvature.io.spectra.SpectrumCsv;
import dev.curvature.spectrum.SpectrumKind;
import dev.curvature.io.spectra.SpectrumPlot;
import dev.curvature.spectrum.VibrationalIntensities;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the spectra of computed intensities to a file whose extension chooses the format, so a
 * command needs one call for {@code --spectrum FILE} or {@code --plot FILE}:
 * <ul>
 * <li>{@code .jdx}, {@code .dx}: JDX-MOL IR spectrum linked to the mode frames; with Raman
 *     activities a second file {@code NAME-raman.jdx} beside it (one spectrum type per file);</li>
 * <li>{@code .csv}: the broadened curves (IR, and Raman if computed) on their common grid;</li>
 * <li>{@code .png}, {@code .svg}: the plot, IR panel above the Raman panel.</li>
 * </ul>
 * An experimental IR spectrum (may be null) is overlaid on the plot's IR panel.
 */
public final class SpectrumFiles {
    private SpectrumFiles() {}

    /** @return the files written, in order */
    public static List<Path> write(Path file, VibrationalIntensities v, BroadeningOptions options, ReferenceSpectrum experimentalIr)
            throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Spectrum ir = Spectrum.infrared(v, options);
        Spectrum raman = v.hasRaman() ? Spectrum.raman(v, options) : null;
        List<Path> written = new ArrayList<>();
        if (lower.endsWith(".jdx") || lower.endsWith(".dx")) {
            JcampDxWriter.write(file, ir, v.modes());
            written.add(file);
            if (raman != null) {
                int dot = name.lastIndexOf('.');
                Path ramanFile = file.resolveSibling(name.substring(0, dot) + "-raman" + name.substring(dot));
                JcampDxWriter.write(ramanFile, raman, v.modes());
                written.add(ramanFile);
            }
        } else if (lower.endsWith(".csv")) {
            SpectrumCsv.write(file, raman == null ? SpectrumCsv.curves(ir) : SpectrumCsv.curves(ir, raman));
            written.add(file);
        } else if (lower.endsWith(".png") || lower.endsWith(".svg")) {
            SpectrumPlot plot = SpectrumPlot.of(ir, raman);
            if (experimentalIr != null) plot = plot.withExperimental(SpectrumKind.IR, experimentalIr);
            plot.write(file);
            written.add(file);
        } else {
            throw new IOException("cannot write " + file + ": spectrum format must be .jdx, .dx, .csv, .png or .svg");
        }
        return written;
    }
}

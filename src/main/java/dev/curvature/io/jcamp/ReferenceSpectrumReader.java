package dev.curvature.io.jcamp;

import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.io.spectra.SpectrumCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an experimental spectrum for overlay: JCAMP-DX (.jdx, .dx, .jcamp) or a CSV/text table (anything else). */
public final class ReferenceSpectrumReader {
    private ReferenceSpectrumReader() {}

    public static ReferenceSpectrum read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jdx") || name.endsWith(".dx") || name.endsWith(".jcamp")) return JcampDxReader.read(file);
        return SpectrumCsv.read(file);
    }
}

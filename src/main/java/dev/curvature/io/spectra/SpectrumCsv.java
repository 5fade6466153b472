package dev.curvature.io.spectra;

import dev.curvature.spectrum.Spectrum;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.io.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Comma-separated spectra: broadened curves on their common grid, stick tables, and reading a
 * two-column (x, y) spectrum to overlay. Numbers use '.' and are written with 10 significant digits.
 */
public final class SpectrumCsv {
    private SpectrumCsv() {}

    /** Header "wavenumber_cm-1,&lt;kind&gt; (&lt;unit&gt;),…" and one row per grid point; the spectra must share a grid. */
    public static String curves(Spectrum... spectra) {
        if (spectra.length == 0) throw new IllegalArgumentException("no spectrum to write");
        double[] x = spectra[0].gridCm1();
        for (Spectrum s : spectra)
            if (!java.util.Arrays.equals(s.gridCm1(), x)) throw new IllegalArgumentException(s.title() + ": grid differs from " + spectra[0].title());
        StringBuilder b = new StringBuilder("wavenumber_cm-1");
        double[][] y = new double[spectra.length][];
        for (int i = 0; i < spectra.length; i++) {
            b.append(',').append(spectra[i].kind().peakType()).append(" (").append(spectra[i].kind().curveUnit()).append(')');
            y[i] = spectra[i].curve();
        }
        b.append('\n');
        for (int j = 0; j < x.length; j++) {
            b.append(fmt(x[j]));
            for (double[] c : y) b.append(',').append(fmt(c[j]));
            b.append('\n');
        }
        return b.toString();
    }

    /** One row per mode: mode (1-based), harmonic and scaled wavenumber, IR (km/mol), Raman activity and ρ if computed. */
    public static String sticks(VibrationalIntensities v, double frequencyScale) {
        StringBuilder b = new StringBuilder("mode,frequency_cm-1,scaled_frequency_cm-1,ir_intensity_km_per_mol");
        if (v.hasRaman()) b.append(",raman_activity_A4_per_amu,depolarization_ratio");
        b.append('\n');
        double[] f = v.frequenciesCm1(), ir = v.infrared().intensitiesKmPerMol();
        double[] raman = v.hasRaman() ? v.raman().activitiesA4PerAmu() : null, rho = v.hasRaman() ? v.raman().depolarizationRatios() : null;
        for (int k = 0; k < f.length; k++) {
            b.append(k + 1).append(',').append(fmt(f[k])).append(',').append(fmt(f[k] * frequencyScale)).append(',').append(fmt(ir[k]));
            if (raman != null) b.append(',').append(fmt(raman[k])).append(',').append(Double.isNaN(rho[k]) ? "" : fmt(rho[k]));
            b.append('\n');
        }
        return b.toString();
    }

    public static void write(Path file, String csv) throws IOException {
        AtomicFile.write(file, csv.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a spectrum from the first two numeric columns of a text table (separators: comma,
     * semicolon, tab or spaces). Leading lines that are not numeric are headers ('#' lines are
     * comments); the header's second field, if any, is taken as the y unit.
     */
    public static ReferenceSpectrum read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<double[]> points = new ArrayList<>();
        String yUnits = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.matches(".*[,;\\t].*") ? line.split("\\s*[,;\\t]\\s*") : line.split("\\s+");
            double x, y;
            try {
                x = Double.parseDouble(f[0]);
                y = f.length > 1 ? Double.parseDouble(f[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                if (points.isEmpty()) {
                    if (f.length > 1) yUnits = f[1].replace("\"", "");
                    continue;
                }
                throw new IOException(file + ":" + (i + 1) + ": not a number pair: " + line);
            }
            if (f.length < 2 || !Double.isFinite(x) || !Double.isFinite(y))
                throw new IOException(file + ":" + (i + 1) + ": expected two numbers: " + line);
            points.add(new double[] {x, y});
        }
        if (points.isEmpty()) throw new IOException(file + ": no data rows");
        double[] x = new double[points.size()], y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        return new ReferenceSpectrum(file.getFileName().toString(), yUnits, x, y);
    }

    static String fmt(double v) {
        if (v == 0) return "0";
        return String.format(Locale.ROOT, "%.10g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }
}

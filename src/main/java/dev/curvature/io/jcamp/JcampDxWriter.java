package dev.curvature.io.jcamp;

import dev.curvature.io.AtomicFile;
import dev.curvature.spectrum.Spectrum;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a calculated spectrum as JCAMP-DX 5.01 (one block, ##XYDATA=(X++(Y..Y)) in AFFN, which
 * JSpecView and most readers accept). With normal modes it becomes a JDX-MOL file that Jmol loads
 * with the molecule and one frame per mode, and whose peaks JSpecView links to those frames:
 * <pre>
 * ##$MODELS=  &lt;Models&gt;
 *               &lt;ModelData id="mol" type="MOL"&gt;  V2000 molfile (base model)
 *               &lt;ModelData id="vib" type="XYZVIB" baseModel="mol" vibrationScale="0.1"&gt;
 *                  multi-frame 7-column XYZ (symbol, x y z Å, unit-norm displacement), frame k = mode k
 * ##$PEAKS=   &lt;Peaks type="IR|RAMAN" xUnits="1/cm" ...&gt; one &lt;PeakData ... model="vib.k"/&gt; per stick
 * </pre>
 * Jmol numbers the XYZVIB frames vib.1, vib.2, …, so the peak of mode k (1-based, all modes
 * including imaginary ones are written as frames) names model "vib.k"; frames without a peak
 * (imaginary modes) are dropped by Jmol's reader. Each peak record is one line, as Jmol requires.
 *
 * <p>Y values are written as integers times ##YFACTOR (max |Y| = 1e8), so they round-trip to
 * 5e-9 of the maximum; X is given per line in cm⁻¹ and follows ##FIRSTX + i·##DELTAX.
 */
public final class JcampDxWriter {
    private JcampDxWriter() {}

    /** Largest integer written for a Y value. */
    static final double Y_RESOLUTION = 1e8;

    /** The JCAMP-DX text of a spectrum; with modes (may be null) the JDX-MOL models and peaks. */
    public static String format(Spectrum spectrum, NormalModes modes) {
        StringBuilder b = new StringBuilder();
        double[] x = spectrum.gridCm1(), y = spectrum.curve();
        int n = x.length;
        line(b, "##TITLE=" + oneLine(spectrum.title()));
        line(b, "##JCAMP-DX=5.01");
        line(b, "##DATA TYPE=" + spectrum.kind().jcampDataType());
        line(b, "##DATA CLASS=XYDATA");
        line(b, "##ORIGIN=Curvature (calculated, double-harmonic)");
        line(b, "##OWNER=public domain");
        var o = spectrum.options();
        line(b, String.format(Locale.ROOT, "##$CURVATURE BROADENING=%s FWHM %.6g cm-1, frequency scale %.6g",
                o.lineshape().name().toLowerCase(Locale.ROOT), o.fwhmCm1(), o.frequencyScale()));
        if (modes != null) {
            if (modes.modeCount() == 0) throw new IllegalArgumentException(modes.structure() + ": no vibrational modes to link");
            writeModels(b, modes);
            writePeaks(b, spectrum);
        }
        double maxAbs = 0, minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
            minY = Math.min(minY, v);
            maxY = Math.max(maxY, v);
        }
        double yFactor = maxAbs > 0 ? maxAbs / Y_RESOLUTION : 1.0;
        line(b, "##XUNITS=1/CM");
        line(b, "##YUNITS=" + spectrum.kind().curveUnit().toUpperCase(Locale.ROOT));
        line(b, "##XFACTOR=1");
        line(b, "##YFACTOR=" + num(yFactor));
        line(b, "##FIRSTX=" + num(x[0]));
        line(b, "##LASTX=" + num(x[n - 1]));
        line(b, "##DELTAX=" + num(n > 1 ? (x[n - 1] - x[0]) / (n - 1) : 0));
        line(b, "##MINY=" + num(minY));
        line(b, "##MAXY=" + num(maxY));
        line(b, "##NPOINTS=" + n);
        line(b, "##FIRSTY=" + num(y[0]));
        line(b, "##XYDATA=(X++(Y..Y))");
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < n; ) {
            row.setLength(0);
            row.append(num(x[i]));
            // up to 80 characters per line (JCAMP-DX limit)
            while (i < n) {
                String v = Long.toString(Math.round(y[i] / yFactor));
                if (row.length() + 1 + v.length() > 80) break;
                row.append(' ').append(v);
                i++;
            }
            line(b, row.toString());
        }
        line(b, "##END=");
        return b.toString();
    }

    /** Writes the file atomically. */
    public static void write(Path file, Spectrum spectrum, NormalModes modes) throws IOException {
        AtomicFile.write(file, format(spectrum, modes).getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeModels(StringBuilder b, NormalModes modes) {
        Structure s = modes.structure();
        int n = s.atomCount();
        double[] x = s.positions();
        line(b, "##$MODELS=");
        line(b, "<Models>");
        line(b, "<ModelData id=\"mol\" type=\"MOL\">");
        b.append(molfile(s));
        line(b, "</ModelData>");
        line(b, "<ModelData id=\"vib\" type=\"XYZVIB\" baseModel=\"mol\" vibrationScale=\"0.1\">");
        double[] f = modes.frequenciesCm1();
        for (int k = 0; k < f.length; k++) {
            double[] d = modes.displacement(k);
            line(b, Integer.toString(n));
            line(b, String.format(Locale.ROOT, "%d  Freq: %.4f", k + 1, f[k]));
            for (int a = 0; a < n; a++)
                line(b, String.format(Locale.ROOT, "%-2s %12.6f %12.6f %12.6f %12.6f %12.6f %12.6f", s.element(a).symbol(),
                        x[3 * a], x[3 * a + 1], x[3 * a + 2], clean(d[3 * a]), clean(d[3 * a + 1]), clean(d[3 * a + 2])));
        }
        line(b, "</ModelData>");
        line(b, "</Models>");
    }

    private static void writePeaks(StringBuilder b, Spectrum spectrum) {
        String type = spectrum.kind().peakType();
        line(b, "##$PEAKS=");
        line(b, "<Peaks type=\"" + type + "\" xUnits=\"1/cm\" yUnits=\"" + spectrum.kind().curveUnit().toUpperCase(Locale.ROOT) + "\" >");
        double[] pos = spectrum.stickPositionsCm1(), val = spectrum.stickIntensities();
        int[] mode = spectrum.stickModes();
        double half = spectrum.options().fwhmCm1() / 2;
        double top = spectrum.maxCurve();
        for (int i = 0; i < pos.length; i++) {
            String title = String.format(Locale.ROOT, "mode %d: %.1f cm-1, %s %.4g %s", mode[i] + 1, pos[i],
                    spectrum.kind().quantity(), val[i], spectrum.kind().stickUnit());
            line(b, String.format(Locale.ROOT, "<PeakData id=\"%d\" title=\"%s\" peakShape=\"sharp\" model=\"vib.%d\" xMin=\"%s\" xMax=\"%s\" yMin=\"0\" yMax=\"%s\" />",
                    i + 1, title, mode[i] + 1, num(pos[i] - half), num(pos[i] + half), num(top)));
        }
        line(b, "</Peaks>");
    }

    /** A V2000 molfile (title = structure name) with bonds and formal charges. */
    static String molfile(Structure s) {
        StringBuilder b = new StringBuilder();
        int n = s.atomCount();
        if (n > 999 || s.bonds().size() > 999) throw new IllegalArgumentException(s + ": too many atoms or bonds for a V2000 molfile");
        line(b, oneLine(s.name().isEmpty() ? s.formula() : s.name()));
        line(b, "  Curvature         3D");
        line(b, "");
        line(b, String.format(Locale.ROOT, "%3d%3d  0  0  0  0  0  0  0  0999 V2000", n, s.bonds().size()));
        double[] x = s.positions();
        for (int a = 0; a < n; a++)
            line(b, String.format(Locale.ROOT, "%10.4f%10.4f%10.4f %-3s 0  0  0  0  0  0  0  0  0  0  0  0",
                    x[3 * a], x[3 * a + 1], x[3 * a + 2], s.element(a).symbol()));
        for (Bond bond : s.bonds())
            line(b, String.format(Locale.ROOT, "%3d%3d%3d  0", bond.i() + 1, bond.j() + 1, bond.order()));
        StringBuilder chg = new StringBuilder();
        int count = 0;
        for (int a = 0; a < n; a++) {
            if (s.formalCharge(a) == 0) continue;
            chg.append(String.format(Locale.ROOT, " %3d %3d", a + 1, s.formalCharge(a)));
            if (++count == 8) {
                line(b, String.format(Locale.ROOT, "M  CHG%3d", count) + chg);
                chg.setLength(0);
                count = 0;
            }
        }
        if (count > 0) line(b, String.format(Locale.ROOT, "M  CHG%3d", count) + chg);
        line(b, "M  END");
        return b.toString();
    }

    /** One line of printable ASCII (JCAMP-DX is an ASCII format): accents dropped, others '?'. */
    static String oneLine(String s) {
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder();
        for (char c : folded.toCharArray()) b.append(c == '"' ? '\'' : c < 32 ? ' ' : c > 126 ? '?' : c);
        return b.toString();
    }

    private static double clean(double v) { return Math.abs(v) < 5e-7 ? 0.0 : v; }

    /** Shortest round-tripping decimal, no exponent for ordinary magnitudes. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static void line(StringBuilder b, String s) { b.append(s).append('\n'); }
}

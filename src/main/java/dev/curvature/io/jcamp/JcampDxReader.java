package dev.curvature.io.jcamp;

import dev.curvature.spectrum.ReferenceSpectrum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the first XY spectrum of a JCAMP-DX file (4.24/5.x): ##XYDATA=(X++(Y..Y)) in AFFN or in the
 * compressed ASDF forms (SQZ, DIF with the Y-check value, DUP), or ##XYPOINTS=(XY..XY). X and Y
 * are multiplied by ##XFACTOR and ##YFACTOR; in X++(Y..Y) the abscissa of each value is the line's X
 * plus its index times ##DELTAX (or (LASTX − FIRSTX)/(NPOINTS − 1)). X must be in 1/CM (or
 * unspecified). Labels are matched ignoring case, spaces, '-', '/' and '_'; "$$" comments are removed.
 * Other blocks of a LINK file, ##$MODELS, ##$PEAKS and peak tables are skipped.
 */
public final class JcampDxReader {
    private JcampDxReader() {}

    public static ReferenceSpectrum read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text, file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses JCAMP-DX text; {@code source} names it in messages. */
    public static ReferenceSpectrum parse(String text, String source) {
        Map<String, String> labels = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n");
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (!line.startsWith("##")) continue;
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            String label = normalise(line.substring(2, eq));
            String value = line.substring(eq + 1).trim();
            if (label.equals("XYDATA") || label.equals("XYPOINTS")) {
                List<String> data = new ArrayList<>();
                int j = i + 1;
                for (; j < lines.length && !lines[j].trim().startsWith("##"); j++) {
                    String d = stripComment(lines[j]).trim();
                    if (!d.isEmpty()) data.add(d);
                }
                String form = value.replace(" ", "").toUpperCase(Locale.ROOT);
                try {
                    if (label.equals("XYDATA")) {
                        if (!form.startsWith("(X++(Y..Y))"))
                            throw new IllegalArgumentException("unsupported ##XYDATA form " + value + " (only (X++(Y..Y)))");
                        return xyData(labels, data, source, i + 2);
                    }
                    if (!form.startsWith("(XY..XY)"))
                        throw new IllegalArgumentException("unsupported ##XYPOINTS form " + value + " (only (XY..XY))");
                    return xyPoints(labels, data, source);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad number in " + label + " data: " + e.getMessage(), e);
                }
            }
            labels.put(label, value);
        }
        throw new IllegalArgumentException("no ##XYDATA=(X++(Y..Y)) or ##XYPOINTS=(XY..XY) block");
    }

    private static ReferenceSpectrum xyData(Map<String, String> h, List<String> data, String source, int firstLine) {
        checkXUnits(h);
        double xf = number(h, "XFACTOR", 1), yf = number(h, "YFACTOR", 1);
        double npoints = number(h, "NPOINTS", Double.NaN), first = number(h, "FIRSTX", Double.NaN), last = number(h, "LASTX", Double.NaN);
        double delta = npoints > 1 && Double.isFinite(first) && Double.isFinite(last)
                ? (last - first) / (npoints - 1) : number(h, "DELTAX", Double.NaN);
        List<double[]> points = new ArrayList<>();
        boolean previousEndedInDif = false;
        for (int l = 0; l < data.size(); l++) {
            List<Double> values = new ArrayList<>();
            boolean endsInDif = decodeLine(data.get(l), values);
            if (values.isEmpty()) continue;
            double x = values.get(0) * xf;
            int start = 1;
            // DIF form: the first Y of a line repeats the last Y of the previous line (the Y check)
            if (previousEndedInDif && values.size() > 1) start = 2;
            for (int v = start; v < values.size(); v++) {
                if (!Double.isFinite(delta)) throw new IllegalArgumentException("##XYDATA needs ##DELTAX or ##FIRSTX/##LASTX/##NPOINTS");
                points.add(new double[] {x + (v - 1) * delta, values.get(v) * yf});
            }
            previousEndedInDif = endsInDif;
        }
        if (Double.isFinite(npoints) && points.size() != (int) npoints)
            throw new IllegalArgumentException("##NPOINTS=" + (int) npoints + " but the data hold " + points.size() + " values");
        return spectrum(h, points, source);
    }

    private static ReferenceSpectrum xyPoints(Map<String, String> h, List<String> data, String source) {
        checkXUnits(h);
        double xf = number(h, "XFACTOR", 1), yf = number(h, "YFACTOR", 1);
        List<Double> values = new ArrayList<>();
        for (String d : data)
            for (String t : d.split("[\\s,;]+"))
                if (!t.isEmpty()) values.add(Double.parseDouble(t));
        if (values.size() % 2 != 0) throw new IllegalArgumentException("##XYPOINTS has an odd number of values");
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 2) points.add(new double[] {values.get(i) * xf, values.get(i + 1) * yf});
        return spectrum(h, points, source);
    }

    private static ReferenceSpectrum spectrum(Map<String, String> h, List<double[]> points, String source) {
        double[] x = new double[points.size()], y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        String title = h.getOrDefault("TITLE", source);
        return new ReferenceSpectrum(title.isEmpty() ? source : title, h.getOrDefault("YUNITS", ""), x, y);
    }

    private static void checkXUnits(Map<String, String> h) {
        String u = h.getOrDefault("XUNITS", "1/CM").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!u.isEmpty() && !u.equals("1/CM") && !u.equals("CM-1") && !u.equals("CM^-1"))
            throw new IllegalArgumentException("##XUNITS=" + h.get("XUNITS") + " (only 1/CM is supported)");
    }

    private static double number(Map<String, String> h, String label, double fallback) {
        String v = h.get(label);
        if (v == null || v.isEmpty()) return fallback;
        try {
            return Double.parseDouble(v.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("##" + label + "=" + v + " is not a number");
        }
    }

    static String normalise(String label) {
        StringBuilder b = new StringBuilder();
        for (char c : label.toCharArray())
            if (c != ' ' && c != '-' && c != '/' && c != '_') b.append(Character.toUpperCase(c));
        return b.toString();
    }

    private static String stripComment(String line) {
        int c = line.indexOf("$$");
        return c >= 0 ? line.substring(0, c) : line;
    }

    /**
     * Decodes one X++(Y..Y) line (AFFN or ASDF) into its values (first = X); returns whether the
     * last token was a DIF token. Characters: SQZ @A–I / a–i (0, ±1..9), DIF %J–R / j–r, DUP S–Z, s
     * (counts 1..9); digits and '.' continue the current token; '+', '-', space, ',' start AFFN numbers.
     */
    static boolean decodeLine(String line, List<Double> out) {
        int i = 0, n = line.length();
        double previous = 0;
        double lastDif = 0;
        boolean lastWasDif = false;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == ',' || c == '\t' || c == ';') { i++; continue; }
            int kind; // 0 AFFN, 1 SQZ, 2 DIF, 3 DUP
            int leading;
            if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) { kind = 0; leading = 0; }
            else if (c == '@') { kind = 1; leading = 0; }
            else if (c >= 'A' && c <= 'I') { kind = 1; leading = c - 'A' + 1; }
            else if (c >= 'a' && c <= 'i') { kind = 1; leading = -(c - 'a' + 1); }
            else if (c == '%') { kind = 2; leading = 0; }
            else if (c >= 'J' && c <= 'R') { kind = 2; leading = c - 'J' + 1; }
            else if (c >= 'j' && c <= 'r') { kind = 2; leading = -(c - 'j' + 1); }
            else if (c >= 'S' && c <= 'Z') { kind = 3; leading = c - 'S' + 1; }
            else if (c == 's') { kind = 3; leading = 9; }
            else throw new IllegalArgumentException("unexpected character '" + c + "' in data line: " + line);
            int j = i + 1;
            if (kind == 0) {
                // AFFN number with optional exponent
                while (j < n && (Character.isDigit(line.charAt(j)) || line.charAt(j) == '.')) j++;
                if (j < n && (line.charAt(j) == 'E' || line.charAt(j) == 'e') && j + 1 < n
                        && (line.charAt(j + 1) == '+' || line.charAt(j + 1) == '-')) {
                    j += 2;
                    while (j < n && Character.isDigit(line.charAt(j))) j++;
                }
                previous = Double.parseDouble(line.substring(i, j));
                out.add(previous);
                lastWasDif = false;
            } else {
                while (j < n && (Character.isDigit(line.charAt(j)) || line.charAt(j) == '.')) j++;
                String digits = line.substring(i + 1, j);
                double magnitude = Double.parseDouble(Math.abs(leading) + digits);
                double value = leading < 0 ? -magnitude : magnitude;
                if (kind == 1) {
                    previous = value;
                    out.add(previous);
                    lastWasDif = false;
                } else if (kind == 2) {
                    if (out.isEmpty()) throw new IllegalArgumentException("DIF value without a preceding value: " + line);
                    lastDif = value;
                    previous += value;
                    out.add(previous);
                    lastWasDif = true;
                } else {
                    if (out.isEmpty()) throw new IllegalArgumentException("DUP count without a preceding value: " + line);
                    int count = (int) value;
                    for (int r = 1; r < count; r++) {
                        if (lastWasDif) previous += lastDif;
                        out.add(previous);
                    }
                }
            }
            i = j;
        }
        return lastWasDif;
    }
}

package dev.curvature.forcefield.mmff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the whitespace-separated records of an MMFF .par resource of this package. Lines starting
 * with '*' or '$' are comments, as in Merck's distribution.
 */
final class MmffParameterFile {
    private MmffParameterFile() { }

    /** One data line split into fields, with its 1-based line number for error messages. */
    record Line(String file, int number, String[] fields) {
        int integer(int column) {
            try {
                return Integer.parseInt(fields[column]);
            } catch (RuntimeException e) {
                throw malformed(column);
            }
        }

        double real(int column) {
            try {
                return Double.parseDouble(fields[column]);
            } catch (RuntimeException e) {
                throw malformed(column);
            }
        }

        String text(int column) {
            if (column >= fields.length) throw malformed(column);
            return fields[column];
        }

        private IllegalStateException malformed(int column) {
            return new IllegalStateException(file + " line " + number + ": field " + (column + 1) + " missing or not a number");
        }
    }

    static List<Line> read(String resource) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = MmffParameterFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("MMFF parameter resource " + resource + " missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            int number = 0;
            for (String s; (s = r.readLine()) != null; ) {
                number++;
                String t = s.strip();
                if (t.isEmpty() || t.startsWith("*") || t.startsWith("$")) continue;
                lines.add(new Line(resource, number, fields(t)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading MMFF parameter resource " + resource, e);
        }
        return lines;
    }

    /**
     * The fields of a stripped line split at runs of regex {@code \s} characters, as
     * {@code split("\\s+")} would but without compiling a pattern per line: the ~6 000 lines were
     * a measurable part of a cold {@code curvature freq}.
     */
    static String[] fields(String line) {
        List<String> out = new ArrayList<>(12);
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            if (isSpace(line.charAt(i))) {
                if (start >= 0) out.add(line.substring(start, i));
                start = -1;
            } else if (start < 0) start = i;
        }
        if (start >= 0) out.add(line.substring(start));
        return out.toArray(new String[0]);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

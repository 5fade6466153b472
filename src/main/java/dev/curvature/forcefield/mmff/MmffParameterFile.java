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
                lines.add(new Line(resource, number, t.split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading MMFF parameter resource " + resource, e);
        }
        return lines;
    }
}

package dev.curvature.potential.lammps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whitespace-separated words of a LAMMPS parameter file, each with its line number, comments
 * ({@code #} to end of line) removed: Stillinger–Weber, Tersoff and EAM files are read as such a
 * stream because entries may wrap over lines.
 */
final class TokenStream {
    private final Path file;
    private final List<String> words = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private int next;

    private TokenStream(Path file) { this.file = file; }

    /** All words of the file, comments dropped. */
    static TokenStream words(Path file) throws PotentialFileException {
        return of(file, readLines(file), 0, true);
    }

    /** Words from line index {@code firstLine} (0-based) on; comments kept as words when {@code stripComments} is false. */
    static TokenStream of(Path file, List<String> content, int firstLine, boolean stripComments) {
        TokenStream t = new TokenStream(file);
        for (int n = firstLine; n < content.size(); n++) {
            String s = content.get(n);
            if (stripComments) {
                int hash = s.indexOf('#');
                if (hash >= 0) s = s.substring(0, hash);
            }
            for (String w : s.trim().split("\\s+")) {
                if (w.isEmpty()) continue;
                t.words.add(w);
                t.lines.add(n + 1);
            }
        }
        return t;
    }

    static List<String> readLines(Path file) throws PotentialFileException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            } catch (IOException e2) {
                throw new PotentialFileException(file, 0, "cannot read: " + e2.getMessage());
            }
        } catch (IOException e) {
            throw new PotentialFileException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    boolean hasNext() { return next < words.size(); }

    /** Line of the next word (or of the last word at the end). */
    int line() { return words.isEmpty() ? 0 : lines.get(Math.min(next, words.size() - 1)); }

    String word(String what) throws PotentialFileException {
        if (!hasNext()) throw new PotentialFileException(file, line(), "file ends where " + what + " was expected");
        return words.get(next++);
    }

    double number(String what) throws PotentialFileException {
        int at = line();
        String w = word(what);
        try {
            return Double.parseDouble(w);
        } catch (NumberFormatException e) {
            throw new PotentialFileException(file, at, what + " is not a number: '" + w + "'");
        }
    }

    int integer(String what) throws PotentialFileException {
        int at = line();
        String w = word(what);
        try {
            return Integer.parseInt(w);
        } catch (NumberFormatException e) {
            throw new PotentialFileException(file, at, what + " is not an integer: '" + w + "'");
        }
    }

    double[] numbers(int count, String what) throws PotentialFileException {
        double[] v = new double[count];
        for (int k = 0; k < count; k++) v[k] = number(what);
        return v;
    }

    /** Skips the remaining words of the line the last word came from. */
    void skipRestOfLine() {
        if (next == 0) return;
        int line = lines.get(next - 1);
        while (next < words.size() && lines.get(next) == line) next++;
    }

    Path file() { return file; }
}

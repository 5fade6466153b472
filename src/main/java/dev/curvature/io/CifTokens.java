package dev.curvature.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one CIF line (CIF 1.1 syntax, shared by crystal CIF and PDBx/mmCIF):
 * whitespace-separated values, values quoted with ' or " (a quote closes only before whitespace
 * or the end of the line, so {@code 'O5''} style primes survive), {@code #} to the end of the line
 * a comment. Semicolon text fields span lines and are left to the caller.
 */
public final class CifTokens {
    private CifTokens() {}

    /** A value, the 1-based line it came from, and whether it was quoted (a quoted "_x" is no tag). */
    public record Token(String text, int line, boolean quoted) {}

    /**
     * The tokens of {@code line}.
     *
     * @throws IllegalArgumentException "line N: unterminated quoted value …" for a quote never closed
     */
    public static List<Token> of(String line, int lineNumber) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (c == '#') break;
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n && !(line.charAt(j) == c && (j + 1 == n || Character.isWhitespace(line.charAt(j + 1))))) j++;
                if (j >= n) throw new IllegalArgumentException("line " + lineNumber + ": unterminated quoted value " + line.substring(i));
                out.add(new Token(line.substring(i + 1, j), lineNumber, true));
                i = j + 1;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(line.charAt(j))) j++;
                out.add(new Token(line.substring(i, j), lineNumber, false));
                i = j;
            }
        }
        return out;
    }

    /** A number without its standard uncertainty: "12.345(6)" → "12.345". */
    public static String withoutUncertainty(String value) {
        int paren = value.indexOf('(');
        return paren > 0 ? value.substring(0, paren) : value;
    }
}

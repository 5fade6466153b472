package dev.curvature.io;

import dev.curvature.structure.ElementSymbols;
import dev.curvature.structure.Element;
import dev.curvature.structure.Isotopes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks an MDL V2000 molfile against the fixed columns of the CTfile specification (BIOVIA CTfile
 * Formats, 2020: counts line aaabbb…, atom line xxxxx.xxxxyyyyy.yyyyzzzzz.zzzz aaaddcccsss…, bond
 * line 111222tttsss…, and the M  CHG / M  ISO / M  RAD property lines) before CDK reads it, so that
 * a value outside its columns (a coordinate 9.9e+09, which a lenient reader takes as 9.9) or out of
 * range is refused with its line and columns instead of being misread.
 */
final class SdfV2000Check {
    private SdfV2000Check() {}

    /** F10.4 by the specification; any fixed-point decimal fitting the 10 columns is accepted. */
    private static final Pattern FIXED_POINT = Pattern.compile(" *[-+]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern INTEGER = Pattern.compile(" *[-+]?\\d+ *");

    /**
     * @param lines     the record's lines (header first)
     * @param firstLine the file line number of lines.get(0)
     * @throws IllegalArgumentException "line L, columns a-b: what is wrong"
     */
    static void check(List<String> lines, int firstLine) {
        if (lines.size() < 4) throw new IllegalArgumentException("line " + (firstLine + lines.size()) + ": record ends before the counts line");
        String counts = lines.get(3);
        int countsLine = firstLine + 3;
        int atoms = integer(counts, 0, 3, countsLine, "atom count");
        int bonds = integer(counts, 3, 6, countsLine, "bond count");
        if (atoms < 0 || bonds < 0) throw new IllegalArgumentException(at(countsLine, 0, 6) + "negative atom or bond count");
        if (lines.size() < 4 + atoms + bonds)
            throw new IllegalArgumentException("line " + (firstLine + lines.size()) + ": record ends after "
                    + Math.max(0, lines.size() - 4) + " of the " + (atoms + bonds) + " atom and bond lines the counts line announces");
        Element[] elements = new Element[atoms];
        for (int a = 0; a < atoms; a++) {
            String l = lines.get(4 + a);
            int ln = countsLine + 1 + a;
            if (l.length() < 34) throw new IllegalArgumentException("line " + ln + ": atom line " + (a + 1) + " is shorter than the 34 columns of coordinates and symbol");
            String[] axis = {"x", "y", "z"};
            for (int c = 0; c < 3; c++) {
                String f = l.substring(10 * c, 10 * c + 10);
                if (!FIXED_POINT.matcher(f).matches())
                    throw new IllegalArgumentException(at(ln, 10 * c, 10 * c + 10) + axis[c] + " coordinate of atom " + (a + 1)
                            + " '" + f.strip() + "' is not a fixed-point number in its 10 columns (V2000 F10.4)");
            }
            String symbol = l.substring(31, 34).strip();
            try {
                elements[a] = ElementSymbols.symbol(symbol, true, "SDF").element();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at(ln, 31, 34) + "atom " + (a + 1) + ": " + e.getMessage());
            }
            if (l.length() >= 39) {
                int code = integer(l, 36, 39, ln, "charge code of atom " + (a + 1));
                if (code < 0 || code > 7) throw new IllegalArgumentException(at(ln, 36, 39) + "charge code " + code + " of atom " + (a + 1) + " is not 0-7");
            }
        }
        for (int b = 0; b < bonds; b++) {
            String l = lines.get(4 + atoms + b);
            int ln = countsLine + 1 + atoms + b;
            int i = integer(l, 0, 3, ln, "first atom of bond " + (b + 1));
            int j = integer(l, 3, 6, ln, "second atom of bond " + (b + 1));
            int type = integer(l, 6, 9, ln, "type of bond " + (b + 1));
            if (i < 1 || i > atoms) throw new IllegalArgumentException(at(ln, 0, 3) + "bond " + (b + 1) + " names atom " + i + " of " + atoms);
            if (j < 1 || j > atoms) throw new IllegalArgumentException(at(ln, 3, 6) + "bond " + (b + 1) + " names atom " + j + " of " + atoms);
            if (i == j) throw new IllegalArgumentException(at(ln, 0, 6) + "bond " + (b + 1) + " joins atom " + i + " to itself");
            if (type < 1 || type > 4)
                throw new IllegalArgumentException(at(ln, 6, 9) + "bond " + (b + 1) + " has type " + type
                        + (type <= 8 && type > 4 ? " (a query bond), not a bond of a structure" : ", not 1-4"));
        }
        for (int k = 4 + atoms + bonds; k < lines.size(); k++) {
            String l = lines.get(k);
            if (l.startsWith("M  END")) break;
            int ln = firstLine + k;
            if (l.startsWith("M  CHG")) properties(l, ln, atoms, "M  CHG", (a, v) -> {
                if (v < -RecordAssembly.MAX_FORMAL_CHARGE || v > RecordAssembly.MAX_FORMAL_CHARGE)
                    return "charge " + v + " of atom " + a + " is outside -15..15";
                return null;
            });
            else if (l.startsWith("M  ISO")) properties(l, ln, atoms, "M  ISO", (a, v) -> {
                Element e = elements[a - 1];
                if (!Isotopes.isKnown(e.atomicNumber(), v)) return "atom " + a + ": no isotope " + v + e.symbol() + " is known";
                return null;
            });
            else if (l.startsWith("M  RAD")) properties(l, ln, atoms, "M  RAD", (a, v) -> {
                if (v < 0 || v > 3) return "radical code " + v + " of atom " + a + " is not 0-3 (none, singlet, doublet, triplet)";
                return null;
            });
        }
    }

    private interface ValueCheck { String problem(int atom, int value); }

    /** "M  XXXnn8 aaa vvv ...": a count of at most 8, then that many atom/value pairs. */
    private static void properties(String l, int ln, int atoms, String tag, ValueCheck check) {
        String[] f = l.substring(6).strip().split("\\s+");
        int n;
        try {
            n = Integer.parseInt(f[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + ln + ": " + tag + " count '" + f[0] + "' is not a number");
        }
        if (n < 1 || n > 8 || f.length != 1 + 2 * n)
            throw new IllegalArgumentException("line " + ln + ": " + tag + " announces " + n + " entries but holds " + (f.length - 1) / 2.0 + " (1-8 atom/value pairs)");
        for (int k = 0; k < n; k++) {
            int atom, value;
            try {
                atom = Integer.parseInt(f[1 + 2 * k]);
                value = Integer.parseInt(f[2 + 2 * k]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + ln + ": " + tag + " entry " + (k + 1) + " is not a pair of integers");
            }
            if (atom < 1 || atom > atoms) throw new IllegalArgumentException("line " + ln + ": " + tag + " names atom " + atom + " of " + atoms);
            String problem = check.problem(atom, value);
            if (problem != null) throw new IllegalArgumentException("line " + ln + ": " + tag + ": " + problem);
        }
    }

    private static int integer(String l, int from, int to, int ln, String what) {
        String f = l.length() <= from ? "" : l.substring(from, Math.min(to, l.length()));
        if (!INTEGER.matcher(f).matches())
            throw new IllegalArgumentException(at(ln, from, to) + what + " '" + f.strip() + "' is not an integer in its columns");
        return Integer.parseInt(f.strip());
    }

    /** "line 12, columns 1-10: " (columns 1-based as in the specification). */
    private static String at(int line, int from, int to) {
        return "line " + line + ", columns " + (from + 1) + "-" + to + ": ";
    }
}

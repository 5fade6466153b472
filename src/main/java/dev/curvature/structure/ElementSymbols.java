package dev.curvature.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Element symbols read exactly: a symbol is an element of the table or a refusal naming it, never
 * a shorter symbol that happens to be its prefix (Og is not O, Bq is not B). The isotope labels D
 * and T mean ²H and ³H only in formats whose specification has them (MDL CTfile, PDB).
 */
public final class ElementSymbols {
    private ElementSymbols() {}

    /** An element with the mass number its label named (0 for none). */
    public record Labelled(Element element, int massNumber) {}

    /** Elements 104-118: real, but beyond the element table (no masses or parameters). */
    private static final List<String> SUPERHEAVY = List.of("Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og");
    private static final Set<String> GHOSTS = Set.of("BQ", "X", "XX", "DU", "GH", "LP", "*", "A", "Q", "R", "L");

    /**
     * The element of an exact symbol (case-insensitive, as XYZ writers vary: CL, cl, Cl).
     *
     * @param isotopeLabels whether D and T are read as ²H and ³H
     * @param format        the format's name, for the message when D/T are not allowed
     * @throws IllegalArgumentException with a one-line reason
     */
    public static Labelled symbol(String symbol, boolean isotopeLabels, String format) {
        String s = symbol.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("no element symbol");
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.equals("D") || upper.equals("T")) {
            if (isotopeLabels) return new Labelled(Element.of(1), upper.equals("D") ? 2 : 3);
            throw new IllegalArgumentException("'" + s + "' is not an element symbol: " + format
                    + " has no isotope labels (write H here and name the isotope in SDF with M  ISO or in SMILES as [2H])");
        }
        try {
            return new Labelled(Element.of(s), 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(whyNot(s));
        }
    }

    /** Why a string is not a supported element symbol, in one line. */
    public static String whyNot(String s) {
        String upper = s.toUpperCase(Locale.ROOT);
        for (int k = 0; k < SUPERHEAVY.size(); k++)
            if (SUPERHEAVY.get(k).toUpperCase(Locale.ROOT).equals(upper))
                return "element " + SUPERHEAVY.get(k) + " (Z = " + (104 + k) + ") is not supported (elements up to Lr, Z = 103)";
        if (upper.length() == 3 && upper.startsWith("U"))
            return "'" + s + "' is a systematic placeholder name, not a supported element symbol";
        if (GHOSTS.contains(upper))
            return "'" + s + "' is a ghost, dummy or query atom, not an element";
        return "unknown element symbol '" + s + "'";
    }
}

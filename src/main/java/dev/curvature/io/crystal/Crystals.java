package dev.curvature.io.crystal;

import dev.curvature.periodic.NeighbourList;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.List;
import java.util.Locale;

/** Builds a checked periodic structure from what a reader found. */
final class Crystals {
    /** Atoms closer than this (Å), periodic images included, are refused as overlapping. */
    static final double OVERLAP_ANGSTROM = 0.5;

    private Crystals() {}

    static Structure build(String name, List<Element> elements, double[] x, Cell cell, String[] siteNames) throws CrystalFormatException {
        if (elements.isEmpty()) throw new CrystalFormatException("no atoms");
        if (!(cell.volume() > 1e-6)) throw new CrystalFormatException("the cell has no volume");
        NeighbourList nl = NeighbourList.build(x, cell, OVERLAP_ANGSTROM, 0.0);
        double[] d = new double[3];
        for (int i = 0; i < elements.size(); i++)
            for (int k = nl.start(i); k < nl.end(i); k++) {
                nl.vector(i, k, x, cell, d);
                double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                if (r < OVERLAP_ANGSTROM) {
                    int j = nl.neighbour(k);
                    throw new CrystalFormatException(String.format(Locale.ROOT, "atoms %s and %s overlap (%.3f Å apart%s)",
                            label(siteNames, elements, i), label(siteNames, elements, j), r,
                            i == j ? ", an atom and its own periodic image" : ""));
                }
            }
        int n = elements.size();
        return new Structure(name, elements.toArray(new Element[0]), x, new int[n], List.<Bond>of(), 0, cell);
    }

    private static String label(String[] siteNames, List<Element> el, int i) {
        return (i + 1) + " (" + (siteNames != null && siteNames[i] != null ? siteNames[i] : el.get(i).symbol()) + ")";
    }

    /** The element for a symbol such as "Si", "SI", "Si1", "O2-" (leading letters). */
    static Element element(String token) throws CrystalFormatException {
        StringBuilder sb = new StringBuilder();
        for (char ch : token.toCharArray()) {
            if (!Character.isLetter(ch)) break;
            sb.append(sb.isEmpty() ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
        }
        String s = sb.toString();
        for (int len = Math.min(2, s.length()); len >= 1; len--) {
            try {
                return Element.of(s.substring(0, len));
            } catch (IllegalArgumentException e) {
                // try the one-letter prefix ("Ca1" vs "C"?): only when two letters are no element
            }
        }
        throw new CrystalFormatException("'" + token + "' names no element");
    }

    static double number(String token, int line, String what) throws CrystalFormatException {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw CrystalFormatException.at(line, what + " '" + token + "' is not a number");
        }
    }
}

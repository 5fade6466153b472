package dev.curvature.io;

import dev.curvature.build.BondPerception;
import dev.curvature.structure.ElementSymbols;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PDB models (wwPDB format 3.3): ATOM/HETATM records by their fixed columns (coordinates 31-38,
 * 39-46, 47-54 as F8.3; element 77-78; charge 79-80), CONECT records for bonds (repeated entries
 * as bond orders), perceived bonds for atoms without CONECT. A value outside its columns or
 * out of range is refused with its line and columns. Of an atom given at alternate locations
 * (column 17) the first is kept, with a warning.
 */
final class PdbFormatReader implements FormatReader {
    private static final Pattern FIXED_POINT = Pattern.compile(" *[-+]?(\\d+\\.?\\d*|\\.\\d+)");

    private final RecordAssembly assembly;
    private int recordNumber;

    PdbFormatReader(RecordAssembly assembly) { this.assembly = assembly; }

    private record AtomLine(String text, int lineNumber) {}

    @Override
    public boolean read(LineSource in, List<Record> out) throws IOException {
        List<AtomLine> atomLines = new ArrayList<>();
        List<AtomLine> conect = new ArrayList<>();
        java.util.Set<String> located = new java.util.HashSet<>();
        int alternates = 0;
        String title = "";
        boolean more = false;
        for (String l; (l = in.next()) != null; ) {
            String rec = l.length() >= 6 ? l.substring(0, 6) : l;
            if (rec.startsWith("ATOM") || rec.startsWith("HETATM")) {
                // alternate locations (column 17): the first one given for each atom is kept
                String padded = l + "           "; // atom name (13-16), then residue, chain, number, insertion code (18-27)
                if (l.length() > 16 && l.charAt(16) != ' ' && !located.add(padded.substring(12, 16) + padded.substring(17, 27))) {
                    alternates++;
                    continue;
                }
                atomLines.add(new AtomLine(l, in.lineNumber()));
            }
            else if (rec.startsWith("CONECT")) conect.add(new AtomLine(l, in.lineNumber()));
            else if ((rec.startsWith("COMPND") || rec.startsWith("HEADER") || rec.startsWith("TITLE")) && title.isEmpty() && l.length() > 10)
                title = l.substring(10).strip().replaceFirst("^MOLECULE:\\s*", "").replaceFirst(";$", "");
            else if (rec.startsWith("ENDMDL") || rec.startsWith("END") && !atomLines.isEmpty()) {
                // CONECT records of a single-model file follow ENDMDL/END: read them too
                for (String t; (t = in.next()) != null; ) {
                    if (t.startsWith("CONECT")) conect.add(new AtomLine(t, in.lineNumber()));
                    else if (t.startsWith("MASTER") || t.isBlank() || t.startsWith("END")) continue;
                    else { in.pushBack(t); more = true; break; }
                }
                break;
            }
        }
        if (atomLines.isEmpty()) return false;
        int number = ++recordNumber;
        int n = atomLines.size();
        Element[] el = new Element[n];
        double[] x = new double[3 * n];
        int[] q = new int[n];
        int[] massNumbers = new int[n];
        Map<Integer, Integer> serialToIndex = new HashMap<>();
        for (int a = 0; a < n; a++) {
            String l = atomLines.get(a).text();
            int ln = atomLines.get(a).lineNumber();
            try {
                String serial = field(l, 6, 11);
                if (serial.matches("\\d+")) serialToIndex.put(Integer.parseInt(serial), a);
                for (int c = 0; c < 3; c++) x[3 * a + c] = coordinate(l, 30 + 8 * c, ln, "xyz".charAt(c));
                ElementSymbols.Labelled e = element(l, ln);
                el[a] = e.element();
                massNumbers[a] = e.massNumber();
                q[a] = charge(l, ln);
            } catch (IllegalArgumentException e) {
                out.add(assembly.failed(number, title, "atom " + (a + 1) + ": " + e.getMessage()));
                return more;
            }
        }
        Map<Long, Integer> multiplicity = new HashMap<>();
        for (AtomLine c : conect) {
            String l = c.text();
            try {
                int from = Integer.parseInt(field(l, 6, 11));
                for (int col = 11; col + 5 <= Math.max(l.length(), 11) && col < 31; col += 5) {
                    String f = field(l, col, col + 5);
                    if (f.isEmpty()) continue;
                    Integer a = serialToIndex.get(from), b = serialToIndex.get(Integer.parseInt(f));
                    if (a == null || b == null || a.equals(b)) continue;
                    long key = (long) Math.min(a, b) * n + Math.max(a, b);
                    long dirKey = key * 2 + (a < b ? 0 : 1);
                    multiplicity.merge(dirKey, 1, Integer::sum);
                }
            } catch (NumberFormatException e) {
                out.add(assembly.failed(number, title, "line " + c.lineNumber() + ": bad CONECT record '" + RecordAssembly.abbreviate(l) + "'"));
                return more;
            }
        }
        List<int[]> pairs = null;
        List<Bond> orderedBonds = null;
        if (!multiplicity.isEmpty()) {
            Map<Long, Integer> order = new HashMap<>();
            multiplicity.forEach((dk, count) -> order.merge(dk / 2, count, Math::max));
            boolean[] inConect = new boolean[n];
            pairs = new ArrayList<>();
            boolean anyMultiple = false;
            for (Map.Entry<Long, Integer> e : order.entrySet()) {
                int i = (int) (e.getKey() / n), j = (int) (e.getKey() % n);
                pairs.add(new int[]{i, j});
                inConect[i] = inConect[j] = true;
                if (e.getValue() > 1) anyMultiple = true;
            }
            // Atoms without CONECT records (standard residues) get perceived bonds among themselves.
            for (int[] p : BondPerception.connectivity(el, x)) if (!inConect[p[0]] && !inConect[p[1]]) pairs.add(p);
            if (anyMultiple) { // repeated CONECT entries encode bond orders (Open Babel, RDKit writers)
                orderedBonds = new ArrayList<>();
                for (int[] p : pairs) {
                    Integer count = order.get((long) Math.min(p[0], p[1]) * n + Math.max(p[0], p[1]));
                    orderedBonds.add(new Bond(p[0], p[1], count == null ? 1 : Math.min(count, 3)));
                }
            }
        }
        Record r = assembly.fromCoordinates(number, title, el, x, orderedBonds != null ? null : pairs, orderedBonds, q, massNumbers);
        if (alternates > 0 && r.isOk()) r = r.withWarning(alternates + " alternate-location atom record" + (alternates == 1 ? "" : "s")
                + " skipped (the first location of each atom kept)");
        out.add(r);
        return true;
    }

    private static String field(String l, int from, int to) {
        if (l.length() <= from) return "";
        return l.substring(from, Math.min(to, l.length())).strip();
    }

    private static double coordinate(String l, int from, int ln, char axis) {
        String f = l.length() < from + 8 ? null : l.substring(from, from + 8);
        if (f == null || !FIXED_POINT.matcher(f).matches())
            throw new IllegalArgumentException("line " + ln + ", columns " + (from + 1) + "-" + (from + 8) + ": " + axis
                    + " coordinate '" + (f == null ? field(l, from, from + 8) : f.strip()) + "' is not a fixed-point number in its 8 columns (PDB F8.3)");
        return Double.parseDouble(f.strip());
    }

    /**
     * Columns 77-78 (right-justified symbol; D for deuterium as in wwPDB neutron entries); without
     * them the atom name (columns 13-16): a name starting in column 14 has a one-letter element; one
     * starting in column 13 has its element in columns 13-14, except four-character hydrogen names
     * (HG12, HD21).
     */
    private static ElementSymbols.Labelled element(String l, int ln) {
        String sym = field(l, 76, 78);
        if (!sym.isEmpty()) {
            try {
                return ElementSymbols.symbol(sym, true, "PDB");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + ln + ", columns 77-78: " + e.getMessage());
            }
        }
        if (l.length() < 14) throw new IllegalArgumentException("line " + ln + ": no atom name in columns 13-16 and no element in columns 77-78");
        String name = (l + "    ").substring(12, 16);
        try {
            if (name.charAt(0) == ' ' || Character.isDigit(name.charAt(0)))
                return ElementSymbols.symbol(name.substring(1, 2), true, "PDB");
            if (name.charAt(0) == 'H' && name.strip().length() == 4) return ElementSymbols.symbol("H", true, "PDB");
            return ElementSymbols.symbol(name.substring(0, 2), true, "PDB");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + ln + ", columns 13-16: atom name '" + name.strip() + "': " + e.getMessage()
                    + " (give the element in columns 77-78)");
        }
    }

    /** Columns 79-80: "2+", "1-" (or blank). */
    private static int charge(String l, int ln) {
        String f = field(l, 78, 80);
        if (f.isEmpty()) return 0;
        if (f.matches("\\d[+-]")) return (f.charAt(1) == '-' ? -1 : 1) * (f.charAt(0) - '0');
        if (f.matches("[+-]\\d")) return (f.charAt(0) == '-' ? -1 : 1) * (f.charAt(1) - '0');
        throw new IllegalArgumentException("line " + ln + ", columns 79-80: charge '" + f + "' is not of the form 2+ or 1-");
    }
}

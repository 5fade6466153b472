package dev.curvature.io;

import dev.curvature.structure.ElementSymbols;
import dev.curvature.structure.Element;

import java.io.IOException;
import java.util.List;

/**
 * XYZ frames: atom count, comment line (the title), then "Element x y z" per atom (extra columns
 * ignored). Elements are exact symbols or atomic numbers; labels like C12 keep their letters.
 */
final class XyzFormatReader implements FormatReader {
    private final RecordAssembly assembly;
    private int recordNumber;

    XyzFormatReader(RecordAssembly assembly) { this.assembly = assembly; }

    @Override
    public boolean read(LineSource in, List<Record> out) throws IOException {
        String countLine = in.next();
        while (countLine != null && countLine.isBlank()) countLine = in.next();
        if (countLine == null) return false;
        int number = ++recordNumber;
        int n;
        try {
            n = Integer.parseInt(countLine.strip().split("\\s+")[0]);
            if (n <= 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            out.add(assembly.failed(number, "", "line " + in.lineNumber() + ": expected the atom count, found '"
                    + RecordAssembly.abbreviate(countLine) + "'; rest of file skipped"));
            return false;
        }
        String comment = in.next();
        String title = comment == null ? "" : comment.strip();
        Element[] el = new Element[Math.min(n, 1 << 16)];
        double[] x = new double[3 * el.length];
        int[] massNumbers = new int[el.length];
        String problem = null;
        for (int a = 0; a < n; a++) {
            String l = in.next();
            if (l == null) {
                out.add(assembly.failed(number, title, "file ends after " + a + " of " + n + " atoms"));
                return false;
            }
            if (problem != null) continue;
            if (a >= el.length) { // grow only as atoms really arrive: a huge count alone costs nothing
                el = java.util.Arrays.copyOf(el, Math.min(n, 2 * el.length));
                x = java.util.Arrays.copyOf(x, 3 * el.length);
                massNumbers = java.util.Arrays.copyOf(massNumbers, el.length);
            }
            String[] f = l.strip().split("\\s+");
            try {
                if (f.length < 4) throw new IllegalArgumentException("needs element and x y z");
                ElementSymbols.Labelled e = label(f[0]);
                el[a] = e.element();
                massNumbers[a] = e.massNumber();
                for (int c = 0; c < 3; c++) x[3 * a + c] = Numbers.decimal(f[1 + c]);
            } catch (IllegalArgumentException e) {
                problem = "line " + in.lineNumber() + ", atom " + (a + 1) + ": " + e.getMessage();
            }
        }
        if (problem != null) { out.add(assembly.failed(number, title, problem)); return true; }
        out.add(assembly.fromCoordinates(number, title, el, x, null, null, new int[n], massNumbers));
        return true;
    }

    /** "C", "Cl", "C12" (letters then a number: an atom label), or an atomic number. */
    static ElementSymbols.Labelled label(String label) {
        if (label.matches("\\d+")) return new ElementSymbols.Labelled(Element.of(Integer.parseInt(label)), 0);
        if (!label.matches("[A-Za-z]+\\d*")) throw new IllegalArgumentException("'" + label + "' is not an element symbol or atom label");
        return ElementSymbols.symbol(label.replaceAll("\\d+$", ""), false, "XYZ");
    }
}

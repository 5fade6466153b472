package dev.curvature.io.crystal;

import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * VASP POSCAR/CONTCAR (VASP 5: element names on line 6): comment, scale (negative = target
 * volume in Å³), three lattice rows, species, counts, optional "Selective dynamics" (flags
 * ignored), "Direct" or "Cartesian", one line per atom. VASP 4 files without the species line are
 * refused with that reason (the elements would have to come from a POTCAR).
 */
final class Poscar {
    private Poscar() {}

    static Structure parse(List<String> lines, String fallbackName) throws CrystalFormatException {
        if (lines.size() < 8) throw new CrystalFormatException("too short for a POSCAR (" + lines.size() + " lines)");
        String comment = lines.get(0).strip();
        String[] sw = lines.get(1).trim().split("\\s+");
        double scale = Crystals.number(sw[0], 2, "scale factor");
        double[][] v = new double[3][3];
        for (int r = 0; r < 3; r++) {
            String[] w = lines.get(2 + r).trim().split("\\s+");
            if (w.length < 3) throw CrystalFormatException.at(3 + r, "a lattice vector needs 3 numbers");
            for (int c = 0; c < 3; c++) v[r][c] = Crystals.number(w[c], 3 + r, "lattice component");
        }
        double volume = new Cell(v).volume();
        double factor = scale < 0 ? Math.cbrt(-scale / volume) : scale;
        if (!(factor > 0)) throw CrystalFormatException.at(2, "scale factor must not be zero");
        for (double[] row : v) for (int c = 0; c < 3; c++) row[c] *= factor;
        String[] species = lines.get(5).trim().split("\\s+");
        if (species.length == 0 || species[0].matches("[0-9]+"))
            throw CrystalFormatException.at(6, "no element names (VASP 4 format): add the species line VASP 5 writes");
        String[] counts = lines.get(6).trim().split("\\s+");
        if (counts.length != species.length) throw CrystalFormatException.at(7, species.length + " species but " + counts.length + " counts");
        List<Element> el = new ArrayList<>();
        for (int k = 0; k < species.length; k++) {
            Element e;
            try {
                e = Crystals.element(species[k].split("_")[0]);
            } catch (CrystalFormatException ex) {
                throw CrystalFormatException.at(6, ex.getMessage());
            }
            int c = (int) Crystals.number(counts[k], 7, "atom count");
            for (int q = 0; q < c; q++) el.add(e);
        }
        int ln = 7;
        if (lines.get(ln).trim().toLowerCase(Locale.ROOT).startsWith("s")) ln++;
        String mode = lines.get(ln).trim().toLowerCase(Locale.ROOT);
        boolean cartesian = mode.startsWith("c") || mode.startsWith("k");
        if (!cartesian && !mode.startsWith("d")) throw CrystalFormatException.at(ln + 1, "expected Direct or Cartesian, got '" + lines.get(ln).trim() + "'");
        ln++;
        int n = el.size();
        if (lines.size() < ln + n) throw CrystalFormatException.at(lines.size(), "expected " + n + " atom lines");
        double[] x = new double[3 * n];
        for (int a = 0; a < n; a++) {
            String[] w = lines.get(ln + a).trim().split("\\s+");
            if (w.length < 3) throw CrystalFormatException.at(ln + a + 1, "atom " + (a + 1) + " needs 3 coordinates");
            for (int c = 0; c < 3; c++) x[3 * a + c] = Crystals.number(w[c], ln + a + 1, "coordinate");
        }
        Cell cell = new Cell(v);
        if (cartesian) for (int k = 0; k < x.length; k++) x[k] *= factor;
        else x = new Lattice(cell).cartesian(x);
        return Crystals.build(comment.isEmpty() ? fallbackName : comment, el, x, cell, null);
    }

    /** VASP 5 POSCAR, Direct coordinates, atoms grouped by element in order of first appearance. */
    static String format(Structure s) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int a = 0; a < s.atomCount(); a++) groups.computeIfAbsent(s.element(a).symbol(), k -> new ArrayList<>()).add(a);
        StringBuilder sb = new StringBuilder();
        sb.append(s.name().isBlank() ? s.formula() : s.name().replace('\n', ' ')).append("\n1.0\n");
        for (double[] row : s.cell().vectorsAngstrom()) sb.append(String.format(Locale.ROOT, "  %20.12f %20.12f %20.12f%n", row[0], row[1], row[2]));
        sb.append(' ').append(String.join(" ", groups.keySet())).append('\n');
        for (List<Integer> g : groups.values()) sb.append(' ').append(g.size());
        sb.append("\nDirect\n");
        double[] f = new Lattice(s.cell()).fractional(s.positions());
        for (List<Integer> g : groups.values())
            for (int a : g) sb.append(String.format(Locale.ROOT, "  %18.14f %18.14f %18.14f%n", f[3 * a], f[3 * a + 1], f[3 * a + 2]));
        return sb.toString();
    }
}

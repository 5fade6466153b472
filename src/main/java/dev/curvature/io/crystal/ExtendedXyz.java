package dev.curvature.io.crystal;

import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extended XYZ as ASE and learned-potential data sets write it: an atom count, a comment line of
 * key=value pairs ({@code Lattice="ax ay az bx by bz cx cy cz"}, {@code pbc="T T T"},
 * {@code Properties=species:S:1:pos:R:3:...}), then one line per atom with the columns the
 * Properties key lists. Frames follow one another. A frame without a Lattice, or with pbc not all
 * true, is refused (these readers are for crystals).
 */
final class ExtendedXyz {
    private ExtendedXyz() {}

    static List<Structure> parse(List<String> lines, String name) throws CrystalFormatException {
        List<Structure> frames = new ArrayList<>();
        int n = 0;
        while (n < lines.size()) {
            if (lines.get(n).isBlank()) { n++; continue; }
            int count;
            try {
                count = Integer.parseInt(lines.get(n).strip());
            } catch (NumberFormatException e) {
                throw CrystalFormatException.at(n + 1, "expected an atom count, got '" + lines.get(n).strip() + "'");
            }
            if (n + 2 + count > lines.size())
                throw CrystalFormatException.at(n + 1, "frame announces " + count + " atoms but the file ends first");
            int commentLine = n + 2;
            Map<String, String> info = keyValues(lines.get(n + 1), commentLine);
            String lattice = info.get("lattice");
            if (lattice == null) throw CrystalFormatException.at(commentLine, "no Lattice=\"...\" key: not a periodic frame");
            String[] lv = lattice.trim().split("\\s+");
            if (lv.length != 9) throw CrystalFormatException.at(commentLine, "Lattice needs 9 numbers, got " + lv.length);
            double[][] v = new double[3][3];
            for (int k = 0; k < 9; k++) v[k / 3][k % 3] = Crystals.number(lv[k], commentLine, "Lattice component");
            String pbc = info.getOrDefault("pbc", "T T T").trim().toUpperCase(Locale.ROOT);
            if (!pbc.replaceAll("\\s+", " ").matches("(T|TRUE|1) (T|TRUE|1) (T|TRUE|1)"))
                throw CrystalFormatException.at(commentLine, "pbc=\"" + pbc + "\": only fully periodic frames are supported");
            int[] columns = columns(info.getOrDefault("properties", "species:S:1:pos:R:3"), commentLine);
            List<Element> el = new ArrayList<>();
            double[] x = new double[3 * count];
            for (int a = 0; a < count; a++) {
                int ln = n + 2 + a;
                String[] w = lines.get(ln).trim().split("\\s+");
                if (w.length <= Math.max(columns[0], columns[1] + 2))
                    throw CrystalFormatException.at(ln + 1, "atom " + (a + 1) + " has too few columns");
                try {
                    el.add(Crystals.element(w[columns[0]]));
                } catch (CrystalFormatException e) {
                    throw CrystalFormatException.at(ln + 1, "atom " + (a + 1) + ": " + e.getMessage());
                }
                for (int c = 0; c < 3; c++) x[3 * a + c] = Crystals.number(w[columns[1] + c], ln + 1, "coordinate");
            }
            String title = info.getOrDefault("name", frames.isEmpty() ? name : name + " frame " + (frames.size() + 1));
            frames.add(Crystals.build(title, el, x, new Cell(v), null));
            n += 2 + count;
        }
        if (frames.isEmpty()) throw new CrystalFormatException("no frames");
        return frames;
    }

    /** Column of the species and of the first position component. */
    private static int[] columns(String properties, int line) throws CrystalFormatException {
        String[] p = properties.split(":");
        if (p.length % 3 != 0) throw CrystalFormatException.at(line, "Properties=" + properties + " is not name:type:count triples");
        int col = 0, species = -1, pos = -1;
        for (int k = 0; k < p.length; k += 3) {
            int count;
            try {
                count = Integer.parseInt(p[k + 2]);
            } catch (NumberFormatException e) {
                throw CrystalFormatException.at(line, "Properties count '" + p[k + 2] + "' is not an integer");
            }
            String key = p[k].toLowerCase(Locale.ROOT);
            if (key.equals("species")) species = col;
            if (key.equals("pos") || key.equals("positions")) pos = col;
            col += count;
        }
        if (species < 0 || pos < 0) throw CrystalFormatException.at(line, "Properties lacks species or pos");
        return new int[] {species, pos};
    }

    /** key=value pairs (keys lower-cased), values optionally in double quotes. */
    static Map<String, String> keyValues(String line, int lineNumber) throws CrystalFormatException {
        Map<String, String> m = new LinkedHashMap<>();
        int i = 0, len = line.length();
        while (i < len) {
            while (i < len && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= len) break;
            int start = i;
            while (i < len && line.charAt(i) != '=' && !Character.isWhitespace(line.charAt(i))) i++;
            String key = line.substring(start, i).toLowerCase(Locale.ROOT);
            if (i >= len || line.charAt(i) != '=') { m.put(key, "T"); continue; }
            i++;
            String value;
            if (i < len && line.charAt(i) == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) throw CrystalFormatException.at(lineNumber, "unterminated quote in the value of " + key);
                value = line.substring(i + 1, end);
                i = end + 1;
            } else {
                int s = i;
                while (i < len && !Character.isWhitespace(line.charAt(i))) i++;
                value = line.substring(s, i);
            }
            m.put(key, value);
        }
        return m;
    }

    /** One frame, positions as Cartesian Å, Properties=species:S:1:pos:R:3 (plus forces if given, eV/Å). */
    static String format(Structure s, double[] forces, Map<String, String> extra) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.atomCount()).append('\n');
        double[][] v = s.cell().vectorsAngstrom();
        sb.append("Lattice=\"");
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) sb.append(r + c == 0 ? "" : " ").append(num(v[r][c]));
        sb.append("\" Properties=species:S:1:pos:R:3").append(forces != null ? ":forces:R:3" : "");
        if (extra != null) extra.forEach((k, val) -> sb.append(' ').append(k).append("=\"").append(val).append('"'));
        sb.append(" pbc=\"T T T\"\n");
        for (int a = 0; a < s.atomCount(); a++) {
            sb.append(String.format(Locale.ROOT, "%-2s %16.10f %16.10f %16.10f", s.element(a).symbol(), s.x(a), s.y(a), s.z(a)));
            if (forces != null) sb.append(String.format(Locale.ROOT, " %16.10f %16.10f %16.10f", forces[3 * a], forces[3 * a + 1], forces[3 * a + 2]));
            sb.append('\n');
        }
        return sb.toString();
    }

    static String num(double v) { return String.format(Locale.ROOT, "%.10f", v); }
}

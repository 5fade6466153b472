package dev.curvature.io.crystal;

import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extended XYZ as ASE and learned-potential data sets write it: an atom count, a comment line of
 * key=value pairs ({@code Lattice="ax ay az bx by bz cx cy cz"}, {@code pbc="T T T"},
 * {@code Properties=species:S:1:pos:R:3:forces:R:3}, {@code energy=}, {@code stress=} or
 * {@code virial=} as 9 row-major or 6 Voigt values, {@code config_type=}), then one line per atom
 * with the columns the Properties key lists. Frames follow one another. Crystal readers
 * ({@link #parse}) refuse frames that are not fully periodic; data-set readers
 * ({@link #parseLabelled}) also take molecular frames (no Lattice, or pbc="F F F").
 *
 * <p>Conventions (ASE's): energy eV, forces eV/Å, stress σ = (1/V) ∂E/∂ε in eV/Å³ (positive under
 * tension), virial W = −V σ in eV (positive under compression). Voigt order xx yy zz yz xz xy.
 */
final class ExtendedXyz {
    private ExtendedXyz() {}

    static List<Structure> parse(List<String> lines, String name) throws CrystalFormatException {
        List<Structure> out = new ArrayList<>();
        for (LabelledFrame f : parseLabelled(lines, name, true)) out.add(f.structure());
        return out;
    }

    /** Frames with whatever reference properties they carry; molecular frames unless requirePeriodic. */
    static List<LabelledFrame> parseLabelled(List<String> lines, String name, boolean requirePeriodic) throws CrystalFormatException {
        List<LabelledFrame> frames = new ArrayList<>();
        EnergyUnit units = null;   // of the first frame: every frame must use the same
        int n = 0;
        while (n < lines.size()) {
            if (lines.get(n).isBlank()) { n++; continue; }
            int frame = frames.size() + 1;
            int count;
            try {
                count = Integer.parseInt(lines.get(n).strip());
            } catch (NumberFormatException e) {
                throw at(n + 1, frame, "expected an atom count, got '" + lines.get(n).strip() + "'"
                        + (frame > 1 ? " (does frame " + (frame - 1) + " have more atom lines than its count?)" : ""));
            }
            if (count <= 0) throw at(n + 1, frame, "atom count " + count + " is not positive");
            if (n + 2 + count > lines.size())
                throw at(n + 1, frame, "frame announces " + count + " atoms but the file ends after " + Math.max(0, lines.size() - n - 2));
            int commentLine = n + 2;
            Map<String, String> info = keyValues(lines.get(n + 1), commentLine);
            Cell cell = cell(info, commentLine, frame, requirePeriodic);
            Columns col = columns(info.getOrDefault("properties", "species:S:1:pos:R:3"), commentLine, frame);
            List<Element> el = new ArrayList<>();
            double[] x = new double[3 * count];
            double[] forces = col.forces >= 0 ? new double[3 * count] : null;
            for (int a = 0; a < count; a++) {
                int ln = n + 3 + a;
                String[] w = lines.get(ln - 1).trim().split("\\s+");
                if (w.length < col.total)
                    throw at(ln, frame, "atom " + (a + 1) + " has " + w.length + " columns, Properties= lists " + col.total
                            + (w.length == 1 ? " (fewer atom lines than the count " + count + "?)" : ""));
                try {
                    el.add(Crystals.element(w[col.species]));
                } catch (CrystalFormatException e) {
                    throw at(ln, frame, "atom " + (a + 1) + ": " + e.getMessage());
                }
                for (int c = 0; c < 3; c++) x[3 * a + c] = number(w[col.pos + c], ln, frame, "coordinate");
                if (forces != null) for (int c = 0; c < 3; c++) forces[3 * a + c] = number(w[col.forces + c], ln, frame, "force");
            }
            String title = info.getOrDefault("name", frames.isEmpty() ? name : name + " frame " + frame);
            Structure s;
            try {
                s = cell != null ? Crystals.build(title, el, x, cell, null)
                        : new Structure(title, el.toArray(new Element[0]), x, new int[count], List.of(), 0, null);
            } catch (CrystalFormatException e) {
                throw at(commentLine, frame, e.getMessage());
            }
            EnergyUnit u = EnergyUnit.of(info, commentLine, frame);
            if (units == null) units = u;
            else if (u != units)
                throw at(commentLine, frame, "energies in " + u.label + " but frame 1 is in " + units.label
                        + "; one data set must use one unit (convert first)");
            Double energy = info.containsKey("energy") ? u.factor * number(info.get("energy"), commentLine, frame, "energy") : null;
            double[] stress = stress(info, cell, commentLine, frame);
            if (stress != null) for (int k = 0; k < 9; k++) stress[k] *= u.factor;
            if (forces != null) for (int k = 0; k < forces.length; k++) forces[k] *= u.factor;
            frames.add(new LabelledFrame(frame, s, energy, forces, stress, info.getOrDefault("config_type", "default")));
            n += 2 + count;
        }
        if (frames.isEmpty()) throw new CrystalFormatException("no frames");
        return frames;
    }

    /**
     * The energy unit a frame declares with {@code units=}, {@code energy_units=} or
     * {@code energy_unit=} (none: eV, ASE's). Lengths are always Å, so forces are in this unit per
     * Å, stress per Å³ and virial in this unit; everything is converted to eV once, here.
     */
    enum EnergyUnit {
        EV("eV", 1.0, "ev"),
        MEV("meV", 1e-3, "mev"),
        HARTREE("Hartree", Units.KCAL_PER_MOL_PER_HARTREE / Units.KCAL_PER_MOL_PER_EV, "hartree", "ha", "eh"),
        RYDBERG("Ry", 0.5 * Units.KCAL_PER_MOL_PER_HARTREE / Units.KCAL_PER_MOL_PER_EV, "ry", "rydberg"),
        KCAL_MOL("kcal/mol", 1 / Units.KCAL_PER_MOL_PER_EV, "kcal/mol", "kcal_mol", "kcal mol-1"),
        KJ_MOL("kJ/mol", 1 / (Units.KCAL_PER_MOL_PER_EV * Units.KJ_PER_KCAL), "kj/mol", "kj_mol", "kj mol-1");

        final String label;
        final double factor;     // eV per unit
        private final String[] names;

        EnergyUnit(String label, double factor, String... names) {
            this.label = label;
            this.factor = factor;
            this.names = names;
        }

        static EnergyUnit of(Map<String, String> info, int line, int frame) throws CrystalFormatException {
            String key = info.containsKey("units") ? "units" : info.containsKey("energy_units") ? "energy_units"
                    : info.containsKey("energy_unit") ? "energy_unit" : null;
            if (key == null) return EV;
            String v = info.get(key).strip().toLowerCase(Locale.ROOT);
            for (EnergyUnit u : values()) for (String name : u.names) if (name.equals(v)) return u;
            throw at(line, frame, key + "=" + info.get(key) + ": unknown energy unit (eV, meV, Hartree, Ry, kcal/mol, kJ/mol; lengths are Å)");
        }
    }

    private static CrystalFormatException at(int line, int frame, String message) {
        return CrystalFormatException.at(line, "frame " + frame + ": " + message);
    }

    private static double number(String token, int line, int frame, String what) throws CrystalFormatException {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw at(line, frame, what + " '" + token + "' is not a number");
        }
    }

    private static Cell cell(Map<String, String> info, int line, int frame, boolean requirePeriodic) throws CrystalFormatException {
        String lattice = info.get("lattice");
        String pbcText = info.get("pbc");
        String pbc = pbcText == null ? null : pbcText.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean allTrue = pbc == null ? lattice != null : pbc.matches("(T|TRUE|1) (T|TRUE|1) (T|TRUE|1)");
        boolean allFalse = pbc == null ? lattice == null : pbc.matches("(F|FALSE|0) (F|FALSE|0) (F|FALSE|0)");
        if (requirePeriodic) {
            if (lattice == null) throw at(line, frame, "no Lattice=\"...\" key: not a periodic frame");
            if (!allTrue) throw at(line, frame, "pbc=\"" + pbc + "\": only fully periodic frames are supported");
        }
        if (allFalse) return null;
        if (!allTrue) throw at(line, frame, "pbc=\"" + pbc + "\": only fully periodic or non-periodic frames are supported");
        if (lattice == null) throw at(line, frame, "pbc is true but there is no Lattice=\"...\" key");
        String[] lv = lattice.trim().split("\\s+");
        if (lv.length != 9) throw at(line, frame, "Lattice needs 9 numbers, got " + lv.length);
        double[][] v = new double[3][3];
        for (int k = 0; k < 9; k++) v[k / 3][k % 3] = number(lv[k], line, frame, "Lattice component");
        return new Cell(v);
    }

    /** σ (3×3, eV/Å³, ASE sign) from stress= or virial=; both may be given only if they agree. */
    private static double[] stress(Map<String, String> info, Cell cell, int line, int frame) throws CrystalFormatException {
        double[] s = info.containsKey("stress") ? tensor(info.get("stress"), line, frame, "stress") : null;
        double[] w = info.containsKey("virial") ? tensor(info.get("virial"), line, frame, "virial") : null;
        if (s == null && w == null) return null;
        if (cell == null) throw at(line, frame, (s != null ? "stress" : "virial") + " given for a non-periodic frame (no volume)");
        double[] fromVirial = null;
        if (w != null) {
            double v = cell.volume();
            fromVirial = new double[9];
            for (int k = 0; k < 9; k++) fromVirial[k] = -w[k] / v;
        }
        if (s != null && fromVirial != null)
            for (int k = 0; k < 9; k++)
                if (Math.abs(s[k] - fromVirial[k]) > 1e-6 * Math.max(1e-3, Math.abs(s[k])))
                    throw at(line, frame, "stress and virial disagree (expected virial = -volume * stress, ASE's convention)");
        return s != null ? s : fromVirial;
    }

    /** 9 row-major values, or 6 Voigt xx yy zz yz xz xy, as a symmetric-checked 3×3. */
    private static double[] tensor(String text, int line, int frame, String key) throws CrystalFormatException {
        String[] t = text.trim().split("[\\s,]+");
        double[] m = new double[9];
        if (t.length == 9) {
            for (int k = 0; k < 9; k++) m[k] = number(t[k], line, frame, key + " component");
        } else if (t.length == 6) {
            double[] v = new double[6];
            for (int k = 0; k < 6; k++) v[k] = number(t[k], line, frame, key + " component");
            m = new double[] {v[0], v[5], v[4], v[5], v[1], v[3], v[4], v[3], v[2]};
        } else {
            throw at(line, frame, key + " needs 9 values (3x3 row-major) or 6 (Voigt xx yy zz yz xz xy), got " + t.length);
        }
        return m;
    }

    /** Column of the species, first position and first force component (−1: none), and the column count. */
    private record Columns(int species, int pos, int forces, int total) {}

    private static Columns columns(String properties, int line, int frame) throws CrystalFormatException {
        String[] p = properties.split(":");
        if (p.length % 3 != 0) throw at(line, frame, "Properties=" + properties + " is not name:type:count triples");
        int col = 0, species = -1, pos = -1, forces = -1;
        for (int k = 0; k < p.length; k += 3) {
            int count;
            try {
                count = Integer.parseInt(p[k + 2]);
            } catch (NumberFormatException e) {
                throw at(line, frame, "Properties count '" + p[k + 2] + "' of " + p[k] + " is not an integer");
            }
            if (count < 1) throw at(line, frame, "Properties count of " + p[k] + " must be positive");
            if (!p[k + 1].matches("[SRILsril]")) throw at(line, frame, "Properties type '" + p[k + 1] + "' of " + p[k] + " is not S, R, I or L");
            String key = p[k].toLowerCase(Locale.ROOT);
            boolean vector = key.equals("pos") || key.equals("positions") || key.equals("forces") || key.equals("force");
            if (vector && (count != 3 || !p[k + 1].equalsIgnoreCase("R")))
                throw at(line, frame, "Properties " + p[k] + " must be R:3, got " + p[k + 1] + ":" + count);
            if (key.equals("species")) species = col;
            if (key.equals("pos") || key.equals("positions")) pos = col;
            if (key.equals("forces") || key.equals("force")) forces = col;
            col += count;
        }
        if (species < 0 || pos < 0) throw at(line, frame, "Properties lacks species or pos");
        return new Columns(species, pos, forces, col);
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
        return format(s, forces, extra == null ? Map.of() : extra, true);
    }

    /** A labelled frame: energy, stress (3×3), config_type, forces, pbc. */
    static String format(LabelledFrame f) {
        Map<String, String> extra = new LinkedHashMap<>();
        if (f.hasEnergy()) extra.put("energy", String.format(Locale.ROOT, "%.10f", f.energy()));
        if (f.hasStress()) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 9; k++) sb.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.12e", f.stress()[k]));
            extra.put("stress", sb.toString());
        }
        extra.put("config_type", f.configType());
        return format(f.structure(), f.forces(), extra, f.structure().isPeriodic());
    }

    private static String format(Structure s, double[] forces, Map<String, String> extra, boolean periodic) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.atomCount()).append('\n');
        if (periodic) {
            double[][] v = s.cell().vectorsAngstrom();
            sb.append("Lattice=\"");
            for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) sb.append(r + c == 0 ? "" : " ").append(num(v[r][c]));
            sb.append("\" ");
        }
        sb.append("Properties=species:S:1:pos:R:3").append(forces != null ? ":forces:R:3" : "");
        extra.forEach((k, val) -> sb.append(' ').append(k).append("=\"").append(val).append('"'));
        sb.append(periodic ? " pbc=\"T T T\"\n" : " pbc=\"F F F\"\n");
        for (int a = 0; a < s.atomCount(); a++) {
            sb.append(String.format(Locale.ROOT, "%-2s %16.10f %16.10f %16.10f", s.element(a).symbol(), s.x(a), s.y(a), s.z(a)));
            if (forces != null) sb.append(String.format(Locale.ROOT, " %16.10f %16.10f %16.10f", forces[3 * a], forces[3 * a + 1], forces[3 * a + 2]));
            sb.append('\n');
        }
        return sb.toString();
    }

    static String num(double v) { return String.format(Locale.ROOT, "%.10f", v); }
}

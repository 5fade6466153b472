package dev.curvature.io.crystal;

import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LAMMPS data files (read_data): the header's atom count, box bounds and tilt factors (restricted
 * triclinic: a = (lx,0,0), b = (xy,ly,0), c = (xz,yz,lz)), the Masses section, and the Atoms
 * section in style atomic (id type x y z), charge (id type q x y z) or full (id mol type q x y z),
 * taken from the "# style" comment after "Atoms" or else from the column count. Types become
 * elements by a comment on the Masses line ("1 28.0855 # Si") or else by the element whose
 * standard atomic weight is within 0.1 u of the mass. Image flags are ignored (positions are
 * taken as written, inside or outside the box).
 */
final class LammpsData {
    private LammpsData() {}

    static Structure parse(List<String> lines, String name) throws CrystalFormatException {
        int atoms = -1;
        double[] lo = new double[3], hi = new double[3];
        boolean[] seen = new boolean[3];
        double xy = 0, xz = 0, yz = 0;
        int n = 1; // line 1 is a comment
        for (; n < lines.size(); n++) {
            String s = strip(lines.get(n));
            if (s.isEmpty()) continue;
            String[] w = s.split("\\s+");
            if (s.endsWith(" atoms")) atoms = (int) Crystals.number(w[0], n + 1, "atom count");
            else if (s.contains("xlo xhi") || s.contains("ylo yhi") || s.contains("zlo zhi")) {
                int d = s.contains("xlo") ? 0 : s.contains("ylo") ? 1 : 2;
                lo[d] = Crystals.number(w[0], n + 1, "box bound");
                hi[d] = Crystals.number(w[1], n + 1, "box bound");
                seen[d] = true;
            } else if (s.contains("xy xz yz")) {
                xy = Crystals.number(w[0], n + 1, "tilt");
                xz = Crystals.number(w[1], n + 1, "tilt");
                yz = Crystals.number(w[2], n + 1, "tilt");
            } else if (Character.isLetter(s.charAt(0)) && !s.contains(" ")) break; // a section keyword
            else if (Character.isLetter(s.charAt(0)) && s.startsWith("Atoms")) break;
        }
        if (atoms < 0) throw new CrystalFormatException("no 'N atoms' line in the header: not a LAMMPS data file");
        for (int d = 0; d < 3; d++) if (!seen[d]) throw new CrystalFormatException("no " + "xyz".charAt(d) + "lo " + "xyz".charAt(d) + "hi line: the data file has no box");
        Cell cell = new Cell(new double[][] {{hi[0] - lo[0], 0, 0}, {xy, hi[1] - lo[1], 0}, {xz, yz, hi[2] - lo[2]}});
        Map<Integer, Element> typeElement = new HashMap<>();
        Map<Integer, String> typeLine = new HashMap<>();
        double[] x = null;
        int[] type = null;
        for (; n < lines.size(); n++) {
            String raw = lines.get(n).strip();
            if (raw.isEmpty()) continue;
            String keyword = raw.split("\\s+")[0];
            if (keyword.equals("Masses")) {
                n = skipBlank(lines, n + 1);
                for (; n < lines.size() && !strip(lines.get(n)).isEmpty(); n++) {
                    String line = lines.get(n);
                    String[] w = strip(line).split("\\s+");
                    int t = (int) Crystals.number(w[0], n + 1, "atom type");
                    double mass = Crystals.number(w[1], n + 1, "mass");
                    int hash = line.indexOf('#');
                    Element e = hash >= 0 ? commentElement(line.substring(hash + 1)) : null;
                    if (e == null) e = byMass(mass);
                    if (e == null) throw CrystalFormatException.at(n + 1, "type " + t + " mass " + mass + " matches no element: add '# Symbol' after it");
                    typeElement.put(t, e);
                    typeLine.put(t, "line " + (n + 1));
                }
                n--;
            } else if (keyword.equals("Atoms")) {
                int hash = raw.indexOf('#');
                String style = hash >= 0 ? raw.substring(hash + 1).trim().toLowerCase(Locale.ROOT) : "";
                n = skipBlank(lines, n + 1);
                x = new double[3 * atoms];
                type = new int[atoms];
                boolean[] filled = new boolean[atoms];
                for (int a = 0; a < atoms; a++, n++) {
                    if (n >= lines.size()) throw CrystalFormatException.at(n, "Atoms section ends after " + a + " of " + atoms + " atoms");
                    String[] w = strip(lines.get(n)).split("\\s+");
                    int first;
                    if (style.startsWith("atomic")) first = 2;
                    else if (style.startsWith("charge")) first = 3;
                    else if (style.startsWith("full")) first = 4;
                    else if (style.isEmpty()) first = w.length == 5 || w.length == 8 ? 2 : w.length == 6 || w.length == 9 ? 3 : w.length == 7 || w.length == 10 ? 4 : -1;
                    else throw CrystalFormatException.at(n + 1, "atom style '" + style + "' is not supported (atomic, charge, full)");
                    if (first < 0 || w.length < first + 3) throw CrystalFormatException.at(n + 1, "cannot tell the atom style from " + w.length + " columns: write 'Atoms # atomic'");
                    int id = (int) Crystals.number(w[0], n + 1, "atom id");
                    if (id < 1 || id > atoms || filled[id - 1]) throw CrystalFormatException.at(n + 1, "atom id " + id + " is out of range or repeated");
                    filled[id - 1] = true;
                    type[id - 1] = (int) Crystals.number(w[first == 4 ? 2 : 1], n + 1, "atom type");
                    for (int c = 0; c < 3; c++) x[3 * (id - 1) + c] = Crystals.number(w[first + c], n + 1, "coordinate") - lo[c];
                }
                n--;
            }
        }
        if (x == null) throw new CrystalFormatException("no Atoms section");
        List<Element> el = new ArrayList<>();
        for (int a = 0; a < atoms; a++) {
            Element e = typeElement.get(type[a]);
            if (e == null) throw new CrystalFormatException("atom " + (a + 1) + " has type " + type[a] + " with no mass in the Masses section");
            el.add(e);
        }
        return Crystals.build(name, el, x, cell, null);
    }

    private static String strip(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    private static int skipBlank(List<String> lines, int n) {
        while (n < lines.size() && lines.get(n).isBlank()) n++;
        return n;
    }

    private static Element commentElement(String comment) {
        String w = comment.trim().split("\\s+")[0];
        try {
            return Element.of(w);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Element byMass(double mass) {
        Element best = null;
        for (int z = 1; z <= 103; z++) {
            Element e;
            try {
                e = Element.of(z);
            } catch (IllegalArgumentException ex) {
                break;
            }
            if (Math.abs(e.standardAtomicWeight() - mass) < 0.1 && (best == null
                    || Math.abs(e.standardAtomicWeight() - mass) < Math.abs(best.standardAtomicWeight() - mass))) best = e;
        }
        return best;
    }
}

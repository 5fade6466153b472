package dev.curvature.io.crystal;

import dev.curvature.io.CifTokens;
import dev.curvature.io.CifTokens.Token;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small CIF 1.1 reader for crystal structures: the first data block's cell
 * ({@code _cell_length_*}, {@code _cell_angle_*}), symmetry operations
 * ({@code _space_group_symop_operation_xyz} or {@code _symmetry_equiv_pos_as_xyz}; identity if
 * absent) and atom sites ({@code _atom_site_fract_*} with type symbol or label). Every site is
 * expanded by the operations; images of the same site closer than 0.01 Å are one atom, and any
 * two atoms closer than 0.5 Å after expansion are refused. Partial occupancy is refused too (no
 * periodic model can describe it). Values with standard uncertainties, "5.431(2)", are read as 5.431.
 */
final class CifReader {
    private CifReader() {}


    static Structure parse(List<String> lines, String fallbackName) throws CrystalFormatException {
        List<Token> tokens = tokenize(lines);
        Map<String, Token> items = new HashMap<>();
        List<Map<String, List<Token>>> loops = new ArrayList<>();
        String block = null;
        int k = 0;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!t.quoted() && lower.startsWith("data_")) {
                if (block != null) break; // only the first data block
                block = t.text().substring(5);
                k++;
            } else if (!t.quoted() && lower.equals("loop_")) {
                k++;
                List<String> names = new ArrayList<>();
                while (k < tokens.size() && !tokens.get(k).quoted() && tokens.get(k).text().startsWith("_"))
                    names.add(tokens.get(k++).text().toLowerCase(Locale.ROOT));
                if (names.isEmpty()) throw CrystalFormatException.at(t.line(), "loop_ without data names");
                Map<String, List<Token>> loop = new HashMap<>();
                for (String n : names) loop.put(n, new ArrayList<>());
                int col = 0;
                while (k < tokens.size()) {
                    Token v = tokens.get(k);
                    String vl = v.text().toLowerCase(Locale.ROOT);
                    if (!v.quoted() && (v.text().startsWith("_") || vl.equals("loop_") || vl.startsWith("data_"))) break;
                    loop.get(names.get(col)).add(v);
                    col = (col + 1) % names.size();
                    k++;
                }
                if (col != 0) throw CrystalFormatException.at(t.line(), "loop of " + names.get(0) + "... has a number of values that is not a multiple of its " + names.size() + " columns");
                loops.add(loop);
            } else if (!t.quoted() && t.text().startsWith("_")) {
                if (k + 1 >= tokens.size()) throw CrystalFormatException.at(t.line(), t.text() + " has no value");
                items.put(lower, tokens.get(k + 1));
                k += 2;
            } else {
                throw CrystalFormatException.at(t.line(), "unexpected '" + t.text() + "' (not a data name, loop or block)");
            }
        }
        if (block == null) throw new CrystalFormatException("no data_ block: not a CIF file");
        double[] p = new double[6];
        String[] cellTags = {"_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"};
        for (int c = 0; c < 6; c++) {
            Token v = items.get(cellTags[c]);
            if (v == null) throw new CrystalFormatException("no " + cellTags[c] + ": the file does not describe a crystal");
            p[c] = value(v, cellTags[c]);
        }
        Cell cell;
        try {
            cell = Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
        } catch (IllegalArgumentException e) {
            throw new CrystalFormatException(e.getMessage());
        }
        List<SymmetryOperation> ops = new ArrayList<>();
        Map<String, List<Token>> sites = null;
        for (Map<String, List<Token>> loop : loops) {
            List<Token> xyz = loop.containsKey("_space_group_symop_operation_xyz") ? loop.get("_space_group_symop_operation_xyz")
                    : loop.get("_symmetry_equiv_pos_as_xyz");
            if (xyz != null) for (Token t : xyz) ops.add(SymmetryOperation.parse(t.text(), t.line()));
            if (loop.containsKey("_atom_site_fract_x")) sites = loop;
        }
        if (sites == null) throw new CrystalFormatException("no atom_site loop with fractional coordinates");
        List<Token> fx = sites.get("_atom_site_fract_x"), fy = sites.get("_atom_site_fract_y"), fz = sites.get("_atom_site_fract_z");
        if (fy == null || fz == null) throw new CrystalFormatException("atom_site loop lacks _atom_site_fract_y or _z");
        List<Token> symbols = sites.containsKey("_atom_site_type_symbol") ? sites.get("_atom_site_type_symbol") : sites.get("_atom_site_label");
        if (symbols == null) throw new CrystalFormatException("atom_site loop names no element (_atom_site_type_symbol or _atom_site_label)");
        List<Token> labels = sites.getOrDefault("_atom_site_label", symbols);
        List<Token> occupancy = sites.get("_atom_site_occupancy");
        CellAtoms atoms = new CellAtoms(cell, ops);
        for (int s = 0; s < fx.size(); s++) {
            String label = labels.get(s).text();
            if (occupancy != null && !occupancy.get(s).text().equals("?") && !occupancy.get(s).text().equals(".")
                    && Math.abs(value(occupancy.get(s), "occupancy") - 1) > 1e-3)
                throw CrystalFormatException.at(occupancy.get(s).line(), "site " + label + " is partially occupied ("
                        + occupancy.get(s).text() + "): disorder cannot be modelled");
            Element e;
            try {
                e = Crystals.element(symbols.get(s).text());
            } catch (CrystalFormatException ex) {
                throw CrystalFormatException.at(symbols.get(s).line(), "site " + label + ": " + ex.getMessage());
            }
            double[] f0 = {value(fx.get(s), "fract_x"), value(fy.get(s), "fract_y"), value(fz.get(s), "fract_z")};
            atoms.add(e, label, f0, false);
        }
        String name = block.isBlank() ? fallbackName : block;
        return atoms.build(name);
    }

    private static double value(Token t, String what) throws CrystalFormatException {
        return Crystals.number(CifTokens.withoutUncertainty(t.text()), t.line(), what);
    }

    private static List<Token> tokenize(List<String> lines) throws CrystalFormatException {
        List<Token> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.startsWith(";")) {
                StringBuilder text = new StringBuilder(line.substring(1));
                int start = n;
                while (++n < lines.size() && !lines.get(n).startsWith(";")) text.append('\n').append(lines.get(n));
                if (n >= lines.size()) throw CrystalFormatException.at(start + 1, "text field opened with ';' is never closed");
                out.add(new Token(text.toString(), start + 1, true));
                continue;
            }
            try {
                out.addAll(CifTokens.of(line, n + 1));
            } catch (IllegalArgumentException e) {
                throw CrystalFormatException.at(n + 1, "unterminated quoted string");
            }
        }
        return out;
    }
}

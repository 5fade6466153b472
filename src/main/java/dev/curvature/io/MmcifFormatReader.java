package dev.curvature.io;

import dev.curvature.io.CifTokens.Token;
import dev.curvature.structure.Element;
import dev.curvature.structure.ElementSymbols;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PDBx/mmCIF (wwPDB's macromolecular CIF): one structure per data block from its
 * {@code _atom_site} loop — element ({@code type_symbol}), {@code Cartn_x/y/z} (Å),
 * {@code pdbx_formal_charge}; of a multi-model entry the first model, of an atom given at
 * alternate locations ({@code label_alt_id}) the first location, with a warning, as for PDB.
 * Bonds are perceived from the coordinates, as for PDB atoms without CONECT records. Values are
 * CIF tokens ({@link CifTokens}; '.' and '?' for none); a row may span
 * lines. A missing column, a bad number or element, a short row is refused naming the line.
 */
final class MmcifFormatReader implements FormatReader {
    private static final String[] REQUIRED = {"type_symbol", "Cartn_x", "Cartn_y", "Cartn_z"};

    private final RecordAssembly assembly;
    private int recordNumber;

    MmcifFormatReader(RecordAssembly assembly) { this.assembly = assembly; }

    @Override
    public boolean read(LineSource in, List<Record> out) throws IOException {
        String block = null, title = "";
        boolean more = false;
        for (String l; (l = in.next()) != null; ) {
            String s = l.strip();
            if (s.startsWith("data_")) {
                if (block != null) { in.pushBack(l); more = true; break; } // the next block: read it next time
                block = s.substring(5);
                continue;
            }
            if (s.startsWith("_struct.title") && title.isEmpty()) {
                List<Token> t = CifTokens.of(s, in.lineNumber());
                if (t.size() > 1) title = t.get(1).text();
                continue;
            }
            if (!s.equals("loop_")) continue;
            String next = in.next();
            if (next == null) break;
            if (!next.strip().startsWith("_atom_site.")) { in.pushBack(next); continue; }
            in.pushBack(next);
            String name = title.isEmpty() && block != null ? block : title;
            try {
                out.add(atomSite(in, name));
            } catch (IllegalArgumentException e) {
                out.add(assembly.failed(++recordNumber, name, e.getMessage()));
            }
            // skip to the next data block
            for (String t; (t = in.next()) != null; )
                if (t.strip().startsWith("data_")) { in.pushBack(t); return true; }
            return false;
        }
        if (block != null) out.add(assembly.failed(++recordNumber, block, "no _atom_site loop in data block " + block));
        return more;
    }

    private Record atomSite(LineSource in, String title) throws IOException {
        List<String> tags = new ArrayList<>();
        int loopLine = in.lineNumber() + 1;
        String l;
        while ((l = in.next()) != null && l.strip().startsWith("_atom_site.")) tags.add(l.strip().substring(11).split("\\s+")[0]);
        if (l != null) in.pushBack(l);
        Map<String, Integer> column = new HashMap<>();
        for (int k = 0; k < tags.size(); k++) column.put(tags.get(k), k);
        for (String r : REQUIRED)
            if (!column.containsKey(r)) throw new IllegalArgumentException("line " + loopLine + ": the _atom_site loop has no _atom_site." + r + " column");
        // rows: tokens until a line that starts a new item, loop or block
        List<Token[]> rows = new ArrayList<>();
        List<Token> pending = new ArrayList<>();
        while ((l = in.next()) != null) {
            String s = l.strip();
            if (s.startsWith("_") || s.equals("loop_") || s.startsWith("data_")) { in.pushBack(l); break; }
            if (l.startsWith(";")) throw new IllegalArgumentException("line " + in.lineNumber() + ": a ;-delimited text field inside _atom_site is not supported");
            for (Token t : CifTokens.of(l, in.lineNumber())) {
                pending.add(t);
                if (pending.size() == tags.size()) {
                    rows.add(pending.toArray(new Token[0]));
                    pending.clear();
                }
            }
        }
        if (!pending.isEmpty())
            throw new IllegalArgumentException("line " + pending.get(0).line() + ": _atom_site row has " + pending.size() + " of "
                    + tags.size() + " values");
        if (rows.isEmpty()) throw new IllegalArgumentException("line " + loopLine + ": the _atom_site loop has no rows");
        Integer model = column.get("pdbx_PDB_model_num"), alt = column.get("label_alt_id"), charge = column.get("pdbx_formal_charge");
        String firstModel = model == null ? null : rows.get(0)[model].text();
        List<Token[]> kept = new ArrayList<>();
        Set<String> located = new HashSet<>();
        int alternates = 0;
        for (Token[] r : rows) {
            if (model != null && !r[model].text().equals(firstModel)) continue;
            String atom = alt == null ? null : identity(r, column);
            if (atom != null && !located.add(atom) && !none(r[alt].text())) { alternates++; continue; }
            kept.add(r);
        }
        int n = kept.size();
        Element[] el = new Element[n];
        double[] x = new double[3 * n];
        int[] q = new int[n], mass = new int[n];
        for (int a = 0; a < n; a++) {
            Token[] r = kept.get(a);
            Token sym = r[column.get("type_symbol")];
            try {
                ElementSymbols.Labelled e = ElementSymbols.symbol(sym.text(), true, "mmCIF");
                el[a] = e.element();
                mass[a] = e.massNumber();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + sym.line() + ": atom " + (a + 1) + ": _atom_site.type_symbol: " + e.getMessage());
            }
            for (int c = 0; c < 3; c++) x[3 * a + c] = number(r[column.get(REQUIRED[1 + c])], REQUIRED[1 + c], a);
            if (charge != null && !none(r[charge].text())) {
                Token t = r[charge];
                try {
                    q[a] = Integer.parseInt(t.text().startsWith("+") ? t.text().substring(1) : t.text());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + t.line() + ": atom " + (a + 1) + ": _atom_site.pdbx_formal_charge '" + t.text() + "' is not an integer");
                }
            }
        }
        Record rec = assembly.fromCoordinates(++recordNumber, title, el, x, null, null, q, mass);
        if (alternates > 0 && rec.isOk()) rec = rec.withWarning(alternates + " alternate-location atom site" + (alternates == 1 ? "" : "s")
                + " skipped (the first location of each atom kept)");
        return rec;
    }

    /** The atom an alternate location belongs to: name, residue, chain, residue number, insertion code. */
    private static String identity(Token[] r, Map<String, Integer> column) {
        StringBuilder k = new StringBuilder();
        for (String tag : new String[]{"label_atom_id", "auth_atom_id", "label_comp_id", "label_asym_id", "auth_asym_id",
                "label_seq_id", "auth_seq_id", "pdbx_PDB_ins_code"}) {
            Integer c = column.get(tag);
            k.append(c == null ? "" : r[c].text()).append('\u0001');
        }
        return k.toString();
    }

    private static double number(Token t, String tag, int atom) {
        String s = t.text().endsWith(")") ? CifTokens.withoutUncertainty(t.text()) : t.text();
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v) && s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("line " + t.line() + ": atom " + (atom + 1) + ": _atom_site." + tag + " '" + t.text() + "' is not a number");
    }

    private static boolean none(String v) { return v.equals(".") || v.equals("?"); }
}

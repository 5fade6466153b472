package dev.curvature.forcefield.mmff;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser for the OPTIMOL per-interaction tables of MMFF94_reference.log / MMFF94s_reference.log
 * (format in the suite's README). Atom references are kept as printed: 1-based indices where the
 * table gives "#n", names elsewhere; {@link MmffParameterValidationTest} resolves names through
 * the bond table and the connectivity.
 */
final class MmffReferenceLog {

    /** One table row: atom names, 1-based indices (0 where only the name is printed), values. */
    record Row(String[] names, int[] indices, double[] values) { }

    record Molecule(String name, List<Row> bonds, List<Row> angles, List<Row> stretchBends,
                    List<Row> outOfPlanes, List<Row> torsions) { }

    private MmffReferenceLog() { }

    static List<Molecule> read(String fileName) throws IOException {
        List<Molecule> out = new ArrayList<>();
        try (BufferedReader r = MmffSuiteFiles.openText(fileName)) {
            String name = null;
            List<List<Row>> tables = newTables();
            List<Row> current = null;
            boolean inData = false;
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.equals("****")) {
                    out.add(new Molecule(name, tables.get(0), tables.get(1), tables.get(2), tables.get(3), tables.get(4)));
                    name = null;
                    tables = newTables();
                    current = null;
                    inData = false;
                    continue;
                }
                if (t.isEmpty()) {
                    if (inData) { current = null; inData = false; }
                    continue;
                }
                if (name == null) { name = t; continue; }
                if (t.startsWith("B O N D")) current = tables.get(0);
                else if (t.startsWith("A N G L E")) current = tables.get(1);
                else if (t.startsWith("S T R E T C H")) current = tables.get(2);
                else if (t.startsWith("O U T - O F")) current = tables.get(3);
                else if (t.startsWith("T O R S I O N")) current = tables.get(4);
                else if (current != null && t.matches("-{20,}")) inData = true;
                else if (current != null && inData) current.add(parseRow(t));
            }
        }
        return out;
    }

    private static List<List<Row>> newTables() {
        List<List<Row>> t = new ArrayList<>();
        for (int k = 0; k < 5; k++) t.add(new ArrayList<>());
        return t;
    }

    /** Splits "NAME [#n] NAME [#n] ... numbers": names with their optional index, then the numbers. */
    private static Row parseRow(String line) {
        String[] tok = line.split("\\s+");
        List<String> names = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        int p = 0;
        while (p < tok.length && !isNumber(tok[p])) {
            if (tok[p].startsWith("#")) idx.set(idx.size() - 1, Integer.parseInt(tok[p].substring(1)));
            else { names.add(tok[p]); idx.add(0); }
            p++;
        }
        double[] values = new double[tok.length - p];
        for (int k = 0; p < tok.length; p++, k++) values[k] = Double.parseDouble(tok[p]);
        return new Row(names.toArray(String[]::new), idx.stream().mapToInt(Integer::intValue).toArray(), values);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

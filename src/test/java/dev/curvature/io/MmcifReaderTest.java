package dev.curvature.io;

import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.curvature.io.Fixtures.readAll;
import static dev.curvature.io.Fixtures.single;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDBx/mmCIF _atom_site: the same structure as the PDB file it was converted from; bad input named by line. */
class MmcifReaderTest {
    private static final String HEADER = "data_PHENOL\n#\n_struct.title 'phenol test'\n#\nloop_\n_atom_site.group_PDB\n_atom_site.id\n"
            + "_atom_site.type_symbol\n_atom_site.label_atom_id\n_atom_site.label_alt_id\n_atom_site.label_comp_id\n"
            + "_atom_site.label_asym_id\n_atom_site.label_seq_id\n_atom_site.Cartn_x\n_atom_site.Cartn_y\n_atom_site.Cartn_z\n"
            + "_atom_site.pdbx_formal_charge\n_atom_site.pdbx_PDB_model_num\n";

    /** The _atom_site rows of phenol_noconect.pdb (columns by the PDB specification). */
    private static List<String> rows(String model) throws Exception {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(Fixtures.path("phenol_noconect.pdb"))) {
            if (!l.startsWith("HETATM")) continue;
            out.add(String.format("HETATM %s %s %s . UNL A 1 %s %s %s ? %s", l.substring(6, 11).strip(), l.substring(76, 78).strip(),
                    l.substring(12, 16).strip(), l.substring(30, 38).strip(), l.substring(38, 46).strip(), l.substring(46, 54).strip(), model));
        }
        return out;
    }

    private static Path write(Path dir, String text) throws Exception {
        return Files.writeString(dir.resolve("t.mmcif"), text);
    }

    @Test void sameStructureAsThePdbFile(@TempDir Path dir) throws Exception {
        List<String> model1 = rows("1");
        StringBuilder text = new StringBuilder(HEADER);
        for (int k = 0; k < model1.size(); k++) {
            text.append(model1.get(k)).append('\n');
            if (k == 6) // an alternate location of the O: the first one given is kept
                text.append(model1.get(k).replace(" . UNL", " B UNL").replace("-0.186", "-0.986")).append('\n');
        }
        for (String r : rows("2")) text.append(r.replace("0.256", "9.256")).append('\n'); // a second model: ignored
        text.append("#\nloop_\n_atom_type.symbol\nC\nO\nH\n");
        List<Record> records = readAll(write(dir, text.toString()), ReadOptions.DEFAULT);
        assertEquals(1, records.size());
        Record r = records.get(0);
        assertTrue(r.isOk(), r.toString());
        Structure cif = r.structure(), pdb = single("phenol_noconect.pdb");
        assertEquals("phenol test", cif.name());
        assertEquals(pdb.formula(), cif.formula());
        assertArrayEquals(pdb.positions(), cif.positions(), 0);
        assertEquals(pdb.bonds(), cif.bonds());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("1 alternate-location atom site skipped")), r.warnings().toString());
    }

    @Test void formalChargesAndDeuterium(@TempDir Path dir) throws Exception {
        List<String> rows = rows("1");
        rows.set(6, rows.get(6).replace(" ? 1", " -1 1")); // phenolate: O-, its H removed
        rows.remove(12);
        rows.set(7, rows.get(7).replace("HETATM 8 H ", "HETATM 8 D "));
        Structure s = readAll(write(dir, HEADER + String.join("\n", rows) + "\n"), ReadOptions.DEFAULT).get(0).structure();
        assertEquals(-1, s.totalCharge());
        assertEquals(-1, s.formalCharge(6));
        assertEquals(2, s.massNumber(7));
    }

    @Test void badInputIsOneLineNamingTheLine(@TempDir Path dir) throws Exception {
        List<String> rows = rows("1");
        int first = HEADER.split("\n").length + 1; // line of the first row
        String[][] cases = {
                {HEADER.replace("_atom_site.Cartn_z\n", "") + String.join("\n", rows), "line 6: the _atom_site loop has no _atom_site.Cartn_z column"},
                {HEADER + rows.get(0).replace("0.256", "0.2.56"), "line " + first + ": atom 1: _atom_site.Cartn_x '0.2.56' is not a number"},
                {HEADER + rows.get(0).replace(" C C1 ", " Xq C1 "), "line " + first + ": atom 1: _atom_site.type_symbol"},
                {HEADER + rows.get(0) + "\n" + rows.get(1).replace(" ? 1", ""), "line " + (first + 1) + ": _atom_site row has 11 of 13 values"},
                {HEADER + rows.get(0).replace("UNL", "'UNL"), "line " + first + ": unterminated quoted value"},
                {HEADER + rows.get(0).replace(" ? 1", " 1e5 1"), "_atom_site.pdbx_formal_charge '1e5' is not an integer"},
                {"data_EMPTY\n_cell.length_a 10\n", "no _atom_site loop in data block EMPTY"},
        };
        for (String[] c : cases) {
            List<Record> records = readAll(write(dir, c[0] + "\n"), ReadOptions.DEFAULT);
            assertEquals(1, records.size(), c[1]);
            assertFalse(records.get(0).isOk(), c[1]);
            String message = records.get(0).errorMessage();
            assertTrue(message.contains(c[1]), message + " should contain " + c[1]);
            assertFalse(message.contains("Exception"), message);
        }
    }
}

package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.Term;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real protein through the PDB reader and MMFF94: PDB 6C83 chains A and C protonated for pH 7.4
 * (tools/scale/6c83-AC.pdb.gz, 5 061 atoms: charged termini, Asp/Glu/Lys/Arg, His, Trp, Pro, Cys),
 * against RDKit's typing, charges and term energies of the same file
 * (tools/fixtures/make_protein_rdkit_reference.py; RDKit's own torsion total is truncated for
 * molecules this large, the fixture explains the reference torsion sum).
 */
class MmffProteinTest {
    private static Structure protein;
    private static Map<String, Double> terms;
    private static int[] rdkitTypes;
    private static double[] rdkitCharges;

    @BeforeAll
    static void read() throws Exception {
        try (StructureReader r = StructureReader.open(Path.of("tools", "scale", "6c83-AC.pdb.gz"), ReadOptions.DEFAULT)) {
            Record rec = r.next();
            assertTrue(rec.isOk(), rec.errorMessage());
            assertEquals(List.of(), rec.warnings());
            protein = rec.structure();
        }
        terms = new HashMap<>();
        List<int[]> types = new ArrayList<>();
        List<Double> charges = new ArrayList<>();
        try (InputStream in = MmffProteinTest.class.getResourceAsStream("protein_6c83_rdkit.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f[0].equals("term")) terms.put(f[1], Double.parseDouble(f[2]));
                else if (f[0].equals("atom")) {
                    types.add(new int[]{Integer.parseInt(f[2])});
                    charges.add(Double.parseDouble(f[3]));
                }
            }
        }
        rdkitTypes = types.stream().mapToInt(t -> t[0]).toArray();
        rdkitCharges = charges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void theFileReadsAsTheProteinItIs() {
        assertEquals(5061, protein.atomCount());
        assertEquals("C1651H2509N413O483S5", protein.formula());
        assertEquals(-16, protein.totalCharge());
    }

    @Test
    void typesAndChargesAreRdkits() throws Exception {
        MmffAtomTypes t = MmffTyping.assign(protein);
        assertArrayEquals(rdkitTypes, t.numericTypes());
        double worst = 0;
        for (int a = 0; a < rdkitCharges.length; a++) worst = Math.max(worst, Math.abs(rdkitCharges[a] - t.partialCharges()[a]));
        assertTrue(worst < 1e-6, "largest charge difference " + worst);
    }

    /** Chains of 2 253 and 1 543 atoms are typed in pieces by default: the same result as typing them whole. */
    @Test
    void typingInPiecesEqualsTypingWhole() throws Exception {
        MmffAtomTypes pieces = MmffTyping.assign(protein), whole = MmffTyping.assign(protein, Integer.MAX_VALUE / 4);
        assertArrayEquals(whole.symbolicTypes(), pieces.symbolicTypes());
        assertArrayEquals(whole.kekuleBondOrders(), pieces.kekuleBondOrders());
        assertTrue(Arrays.equals(whole.aromaticBonds(), pieces.aromaticBonds()));
        assertArrayEquals(whole.partialCharges(), pieces.partialCharges());
    }

    @Test
    void everyTermEnergyIsRdkits() throws Exception {
        double[] x = protein.positions();
        int checked = 0;
        for (Term t : new MmffForceField().bind(protein).terms()) {
            Double want = terms.get(t.name());
            if (want == null) continue;
            assertEquals(want, t.accumulate(x, null, null), 1e-6, t.name());
            checked++;
        }
        assertEquals(7, checked);
    }
}

package dev.curvature.forcefield.mmff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numeric types and MMFF94 partial charges of all 761 suite molecules against the reference. */
class MmffTypingTest {

    private record RefAtom(int type, String symbolic, double charge) { }

    @Test
    void typesAndChargesOfTheWholeSuiteMatchTheReference() throws Exception {
        checkAgainstReference("MMFF94_hypervalent.sdf");
    }

    /** The charge-separated drawing ([S+2]([O-])[O-], [P+][O-]) must type and charge identically. */
    @Test
    void theDativeDrawingOfTheSuiteGivesTheSameTypesAndCharges() throws Exception {
        checkAgainstReference("MMFF94_dative.sdf");
    }

    /** The bound potential reports the numeric types itself, the reference's, without re-typing. */
    @Test
    void theBoundPotentialReportsTheReferenceNumericTypes() throws Exception {
        Map<String, List<RefAtom>> ref = reference();
        MmffForceField ff = new MmffForceField();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        List<Structure> mols = MmffSuiteFiles.readSdf("MMFF94_hypervalent.sdf");
        for (int m = 0; m < mols.size(); m += 7) { // every 7th molecule keeps this quick
            Structure s = mols.get(m);
            String[] labels = ff.bind(s).atomTypeLabels();
            List<RefAtom> expected = ref.get(s.name());
            for (int a = 0; a < s.atomCount(); a++, checked++)
                if (!labels[a].equals(Integer.toString(expected.get(a).type())))
                    mismatches.add(s.name() + " atom " + (a + 1) + ": label " + labels[a] + ", reference type " + expected.get(a).type());
        }
        assertEquals(List.of(), mismatches);
        assertTrue(checked > 2000, checked + " atoms checked");
    }

    private static Map<String, List<RefAtom>> reference() throws Exception {
        Map<String, List<RefAtom>> ref = new HashMap<>();
        try (BufferedReader r = MmffSuiteFiles.openText("reference_atoms.tsv")) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                ref.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new RefAtom(Integer.parseInt(f[5]), f[7], Double.parseDouble(f[8])));
            }
        }
        return ref;
    }

    private static void checkAgainstReference(String sdf) throws Exception {
        Map<String, List<RefAtom>> ref = reference();
        List<Structure> mols = MmffSuiteFiles.readSdf(sdf);
        assertEquals(761, mols.size());
        List<String> mismatches = new ArrayList<>();
        int atoms = 0;
        double worstCharge = 0;
        for (Structure s : mols) {
            List<RefAtom> expected = ref.get(s.name());
            if (expected == null || expected.size() != s.atomCount()) {
                mismatches.add(s.name() + ": no reference or atom count differs");
                continue;
            }
            MmffAtomTypes t;
            try {
                t = MmffTyping.assign(s);
            } catch (UnsupportedStructureException e) {
                mismatches.add(s.name() + ": " + e.getMessage());
                continue;
            }
            for (int a = 0; a < s.atomCount(); a++) {
                RefAtom e = expected.get(a);
                atoms++;
                if (t.numericTypes()[a] != e.type())
                    mismatches.add(s.name() + " atom " + (a + 1) + ": type " + t.numericTypes()[a] + " (" + t.symbolicTypes()[a]
                            + "), reference " + e.type() + " (" + e.symbolic() + ")");
                double dq = Math.abs(t.partialCharges()[a] - e.charge());
                worstCharge = Math.max(worstCharge, dq);
                if (dq > 1e-4)
                    mismatches.add(s.name() + " atom " + (a + 1) + ": charge " + t.partialCharges()[a] + ", reference " + e.charge());
            }
        }
        assertTrue(mismatches.isEmpty(), sdf + ": " + mismatches.size() + " mismatches over " + atoms + " atoms (worst charge deviation "
                + worstCharge + "):\n" + String.join("\n", mismatches));
        assertEquals(17279, atoms);
    }

    /**
     * Large fragments are typed in overlapping pieces (FragmentPieces): with cores of 1 and 5
     * atoms every suite molecule of more than 2 and 10 atoms goes that way, and types, Kekulé
     * orders, MMFF aromaticity and charges must be exactly those of typing the molecule whole
     * (every third molecule of both drawings keeps the test quick).
     */
    @Test
    void typingInPiecesEqualsTypingWhole() throws Exception {
        for (String sdf : List.of("MMFF94_hypervalent.sdf", "MMFF94_dative.sdf")) {
            List<String> mismatches = new ArrayList<>();
            int pieced = 0;
            List<Structure> mols = MmffSuiteFiles.readSdf(sdf);
            for (int m = 0; m < mols.size(); m += 3) {
                Structure s = mols.get(m);
                MmffAtomTypes whole = MmffTyping.assign(s, Integer.MAX_VALUE / 4);
                for (int core : new int[]{1, 5}) {
                    if (s.atomCount() > 2 * core) pieced++;
                    MmffAtomTypes parts = MmffTyping.assign(s, core);
                    if (!java.util.Arrays.equals(whole.symbolicTypes(), parts.symbolicTypes())
                            || !java.util.Arrays.equals(whole.kekuleBondOrders(), parts.kekuleBondOrders())
                            || !java.util.Arrays.equals(whole.aromaticBonds(), parts.aromaticBonds())
                            || !java.util.Arrays.equals(whole.partialCharges(), parts.partialCharges()))
                        mismatches.add(s.name() + " (cores of " + core + ")");
                }
            }
            assertEquals(List.of(), mismatches, sdf);
            assertTrue(pieced > 400, pieced + " typings in pieces");
        }
    }

    /**
     * Typing runs per bonded fragment (and reuses identical fragments): one structure made of 120
     * suite molecules, the first 60 twice, must get for every atom the reference type and charge of
     * its molecule, in the combined numbering.
     */
    @Test
    void manyMoleculesInOneStructureTypeLikeEachAlone() throws Exception {
        Map<String, List<RefAtom>> ref = reference();
        List<Structure> mols = MmffSuiteFiles.readSdf("MMFF94_hypervalent.sdf");
        List<Structure> parts = new ArrayList<>(mols.subList(0, 60));
        parts.addAll(mols.subList(0, 60));
        parts.addAll(mols.subList(300, 360));
        int n = 0, offset = 0;
        for (Structure p : parts) n += p.atomCount();
        dev.curvature.structure.Element[] el = new dev.curvature.structure.Element[n];
        double[] x = new double[3 * n];
        int[] q = new int[n];
        List<dev.curvature.structure.Bond> bonds = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Structure p = parts.get(k);
            for (int a = 0; a < p.atomCount(); a++) {
                el[offset + a] = p.element(a);
                q[offset + a] = p.formalCharge(a);
                x[3 * (offset + a)] = p.x(a) + 30 * k;
                x[3 * (offset + a) + 1] = p.y(a);
                x[3 * (offset + a) + 2] = p.z(a);
            }
            for (dev.curvature.structure.Bond b : p.bonds())
                bonds.add(new dev.curvature.structure.Bond(b.i() + offset, b.j() + offset, b.order()));
            offset += p.atomCount();
        }
        MmffAtomTypes t = MmffTyping.assign(Structure.of("combined", el, x, q, bonds));
        offset = 0;
        for (Structure p : parts) {
            List<RefAtom> expected = ref.get(p.name());
            for (int a = 0; a < p.atomCount(); a++) {
                assertEquals(expected.get(a).type(), t.numericTypes()[offset + a], p.name() + " atom " + (a + 1));
                assertEquals(expected.get(a).charge(), t.partialCharges()[offset + a], 1e-4, p.name() + " atom " + (a + 1));
            }
            offset += p.atomCount();
        }
    }
}

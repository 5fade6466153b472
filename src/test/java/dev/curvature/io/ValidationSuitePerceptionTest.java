package dev.curvature.io;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readers and bond perception against the 761 molecules of the MMFF94 validation suite (shared
 * data, not written here): every SDF record reads; the same molecules read from the suite's MOL2
 * files have the same atoms and bonds; and stripped to bare XYZ coordinates, bond perception
 * recovers the connectivity, each atom's total bond order minus formal charge (invariant across
 * Kekulé and common resonance forms) and the total charge for most of them (numbers below).
 */
class ValidationSuitePerceptionTest {
    private static Path suite() {
        Path dir = Path.of(System.getProperty("curvature.shared.dir", "../shared"), "data", "mmff94-validation");
        assertTrue(Files.isDirectory(dir), "shared validation suite missing at " + dir.toAbsolutePath());
        return dir;
    }

    private static List<Structure> readAllOk(Path file) throws Exception {
        List<Structure> out = new ArrayList<>();
        for (Record r : Fixtures.readAll(file, ReadOptions.DEFAULT)) {
            assertTrue(r.isOk(), r::errorMessage);
            out.add(r.structure());
        }
        return out;
    }

    /**
     * Per atom: total bond order minus formal charge. The same for every Kekulé form and for every
     * resonance form that moves a charge with a double bond (carboxylate O(-) vs O, amidinium N(+) vs N).
     */
    private static int[] valences(Structure s) {
        int[] v = new int[s.atomCount()];
        for (Bond b : s.bonds()) { v[b.i()] += b.order(); v[b.j()] += b.order(); }
        for (int a = 0; a < v.length; a++) v[a] -= s.formalCharge(a);
        return v;
    }

    private static int[] bondOrderSums(Structure s) {
        int[] v = new int[s.atomCount()];
        for (Bond b : s.bonds()) { v[b.i()] += b.order(); v[b.j()] += b.order(); }
        return v;
    }

    private static List<String> pairs(Structure s) {
        List<String> p = new ArrayList<>();
        for (Bond b : s.bonds()) p.add(b.i() + "-" + b.j());
        p.sort(null);
        return p;
    }

    @Test void sdfAndMol2AgreeAndXyzPerceptionRecoversOrders() throws Exception {
        List<Structure> sdf = readAllOk(suite().resolve("MMFF94_hypervalent.sdf"));
        assertEquals(761, sdf.size());
        List<Structure> mol2 = readAllOk(suite().resolve("MMFF94_hypervalent.mol2"));
        assertEquals(761, mol2.size());
        int connectivityMismatch = 0, valenceMismatch = 0, chargeMismatch = 0, mol2Mismatch = 0;
        List<String> failures = new ArrayList<>();
        for (int m = 0; m < sdf.size(); m++) {
            Structure ref = sdf.get(m);
            Structure fromMol2 = mol2.get(m);
            if (!pairs(ref).equals(pairs(fromMol2)) || !java.util.Arrays.equals(bondOrderSums(ref), bondOrderSums(fromMol2))) {
                mol2Mismatch++;
                failures.add("mol2 " + ref.name());
            }
            Record xyz = StructureReader.ofText(StructureFormatter.xyz(ref), InputFormat.XYZ, "suite.xyz", ReadOptions.DEFAULT).next();
            assertTrue(xyz.isOk(), xyz::errorMessage);
            Structure perceived = xyz.structure();
            if (!pairs(ref).equals(pairs(perceived))) { connectivityMismatch++; failures.add("bonds " + ref.name()); continue; }
            if (!java.util.Arrays.equals(valences(ref), valences(perceived))) { valenceMismatch++; failures.add("orders " + ref.name()); }
            if (ref.totalCharge() != perceived.totalCharge()) { chargeMismatch++; failures.add("charge " + ref.name()); }
        }
        String summary = "mol2 " + mol2Mismatch + ", connectivity " + connectivityMismatch + ", orders " + valenceMismatch
                + ", charge " + chargeMismatch + ": " + failures;
        assertEquals(0, mol2Mismatch, summary);
        // Measured (not targets): the 15 connectivity misses are 10 metal/halide ion–water
        // complexes (XYZ cannot tell an ion from a ligand) and 5 strained cages whose 1,3-distances
        // fall within covalent-radius range (bicyclo[1.1.1]pentane-like). Most order/charge misses
        // are other valid Lewis forms the suite draws charge-separated (P(+)-O(-), S(2+)) or ions
        // whose charge coordinates alone do not fix. Guard against regressions:
        assertTrue(connectivityMismatch <= 15, summary);
        assertTrue(valenceMismatch <= 49, summary);
        assertTrue(chargeMismatch <= 41, summary);
    }
}

package dev.curvature.io;

import dev.curvature.build.CdkConversion;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmilesEmbeddingTest {

    private static Structure embed(String smiles) throws Exception {
        List<Record> records = new ArrayList<>();
        try (StructureReader r = StructureReader.ofSmiles(smiles, ReadOptions.DEFAULT)) {
            r.forEachRemaining(records::add);
        }
        assertEquals(1, records.size());
        assertTrue(records.get(0).isOk(), records.get(0)::errorMessage);
        return records.get(0).structure();
    }

    @ParameterizedTest
    @CsvSource({"c1ccccc1O, C6H6O", "CCO, C2H6O", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C, C8H10N4O2", "CC, C2H6",
            "O, H2O", "C#N, CHN", "O=C=O, CO2", "C1CCCCC1, C6H12", "CC(=O)[O-], C2H3O2"})
    void hydrogensExplicitAndBondLengthsSensible(String smiles, String formula) throws Exception {
        Structure s = embed(smiles);
        assertEquals(formula, s.formula());
        for (Bond b : s.bonds()) {
            double d = Fixtures.length(s, b);
            int zi = s.atomicNumber(b.i()), zj = s.atomicNumber(b.j());
            String what = s.element(b.i()) + "-" + s.element(b.j()) + " order " + b.order();
            if (zi == 6 && zj == 6) {
                double lo = b.order() == 1 ? 1.45 : b.order() == 2 ? 1.28 : 1.15;
                double hi = b.order() == 1 ? 1.6 : b.order() == 2 ? 1.45 : 1.3;
                assertTrue(d > lo && d < hi, what + " length " + d);
            } else if (zi == 1 || zj == 1) {
                assertTrue(d > 0.9 && d < 1.15, what + " length " + d);
            } else {
                assertTrue(d > 1.1 && d < 1.6, what + " length " + d);
            }
        }
        StructureReaderTest.assertHydrogensDoNotClash(s);
        // every hydrogen has exactly one bond; the structure is not flat unless it must be
        int[][] nb = s.neighbours();
        for (int a = 0; a < s.atomCount(); a++) if (s.atomicNumber(a) == 1) assertEquals(1, nb[a].length);
    }

    @Test void ethaneIsThreeDimensionalAndTetrahedral() throws Exception {
        Structure s = embed("CC");
        double zSpread = 0, ySpread = 0, xSpread = 0;
        for (int a = 0; a < s.atomCount(); a++)
            for (int b = 0; b < s.atomCount(); b++) {
                xSpread = Math.max(xSpread, Math.abs(s.x(a) - s.x(b)));
                ySpread = Math.max(ySpread, Math.abs(s.y(a) - s.y(b)));
                zSpread = Math.max(zSpread, Math.abs(s.z(a) - s.z(b)));
            }
        assertTrue(Math.min(xSpread, Math.min(ySpread, zSpread)) > 1.0, "ethane is flat");
        // H-C-H angles near tetrahedral
        int[][] nb = s.neighbours();
        for (int c = 0; c < s.atomCount(); c++) {
            if (s.atomicNumber(c) != 6) continue;
            for (int i : nb[c]) for (int j : nb[c]) {
                if (i >= j) continue;
                double ang = angle(s, i, c, j);
                assertEquals(109.5, ang, 4.0);
            }
        }
    }

    /**
     * Stereo survives embedding: CDK perceives the configuration back from our 3-D coordinates and
     * the canonical isomeric SMILES equals that of the input (an independent check of the sign
     * conventions used to hold the centres).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"N[C@@H](C)C(=O)O", "N[C@H](C)C(=O)O", "C[C@H](O)[C@@H](N)C", "C[C@@H]1CCCC[C@H]1O",
            "F/C=C/F", "F/C=C\\F", "C/C=C(/Cl)CC", "OC[C@@H](O)[C@@H](O)[C@H](O)[C@H](O)C=O", "C[C@]12CCC(=O)C=C1CC[C@@H]1[C@@H]2CC[C@]2(C)[C@@H](O)CC[C@@H]12"})
    void stereoIsKept(String smiles) throws Exception {
        org.openscience.cdk.interfaces.IChemObjectBuilder b = org.openscience.cdk.silent.SilentChemObjectBuilder.getInstance();
        org.openscience.cdk.smiles.SmilesGenerator gen = new org.openscience.cdk.smiles.SmilesGenerator(
                org.openscience.cdk.smiles.SmiFlavor.Isomeric | org.openscience.cdk.smiles.SmiFlavor.Canonical);
        String expected = gen.create(new org.openscience.cdk.smiles.SmilesParser(b).parseSmiles(smiles));
        org.openscience.cdk.interfaces.IAtomContainer mol = CdkConversion.toCdk(embed(smiles));
        mol.setStereoElements(org.openscience.cdk.stereo.StereoElementFactory.using3DCoordinates(mol).createAll());
        org.openscience.cdk.tools.manipulator.AtomContainerManipulator.suppressHydrogens(mol);
        assertEquals(expected, gen.create(mol));
    }

    /** CDK's 3-D builder prints about atoms it cannot type (here hexavalent S); stdout must stay clean for results. */
    @Test void embeddingPrintsNothing() throws Exception {
        java.io.PrintStream out = System.out, err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(captured, true));
            System.setErr(new java.io.PrintStream(captured, true));
            assertEquals("F6S", embed("F[S](F)(F)(F)(F)F").formula());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", captured.toString());
    }

    @Test void invalidSmilesIsAOneLineError() throws Exception {
        try (StructureReader r = StructureReader.ofSmiles("C1CC(", ReadOptions.DEFAULT)) {
            Record rec = r.next();
            assertFalse(rec.isOk());
            assertTrue(rec.errorMessage().startsWith("SMILES: record 1"), rec.errorMessage());
            assertFalse(rec.errorMessage().contains("\n"));
        }
    }

    static double angle(Structure s, int i, int c, int j) {
        double[] u = {s.x(i) - s.x(c), s.y(i) - s.y(c), s.z(i) - s.z(c)};
        double[] v = {s.x(j) - s.x(c), s.y(j) - s.y(c), s.z(j) - s.z(c)};
        double dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        return Math.toDegrees(Math.acos(dot / Math.sqrt((u[0] * u[0] + u[1] * u[1] + u[2] * u[2]) * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]))));
    }
}

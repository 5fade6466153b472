package dev.curvature.build.embed;

import dev.curvature.build.CdkConversion;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.stereo.StereoElementFactory;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

import static org.junit.jupiter.api.Assertions.*;

/** SMILES → 3-D on the cases the old template builder got wrong and on the geometries chemists check first. */
class ConformerBuilderTest {

    private static Structure embed(String smiles) throws EmbeddingException {
        return ConformerBuilder.embedSmiles(smiles, "");
    }

    private static double dist(Structure s, int a, int b) {
        double dx = s.x(a) - s.x(b), dy = s.y(a) - s.y(b), dz = s.z(a) - s.z(b);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double angle(Structure s, int a, int c, int b) {
        double[] u = {s.x(a) - s.x(c), s.y(a) - s.y(c), s.z(a) - s.z(c)}, v = {s.x(b) - s.x(c), s.y(b) - s.y(c), s.z(b) - s.z(c)};
        double dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        return Math.toDegrees(Math.acos(dot / dist(s, a, c) / dist(s, b, c)));
    }

    /** Dihedral in degrees, 0..180. */
    private static double dihedral(Structure s, int a, int b, int c, int d) {
        double[] x = s.positions();
        int[] at = {a, b, c, d};
        double[] p = new double[12];
        for (int k = 0; k < 4; k++) System.arraycopy(x, 3 * at[k], p, 3 * k, 3);
        // cos φ = 1 - E/V for E = V(1 - cos φ)... use the Fourier term with V = 1, k = 1, s = -1
        double e = Dihedral.fourierTerm(p, 3, new int[]{0, 1, 2, 3}, 1, 1, -1, new double[12], 0);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, 1 - e))));
    }

    /** Canonical isomeric SMILES CDK writes after perceiving the stereo from the 3-D coordinates alone. */
    private static String stereoFrom3d(Structure s) throws Exception {
        IAtomContainer mol = CdkConversion.toCdk(s);
        mol.setStereoElements(StereoElementFactory.using3DCoordinates(mol).createAll());
        return new SmilesGenerator(SmiFlavor.Stereo | SmiFlavor.Canonical).create(AtomContainerManipulator.suppressHydrogens(mol));
    }

    private static String canonical(String smiles) throws Exception {
        IAtomContainer mol = new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
        return new SmilesGenerator(SmiFlavor.Stereo | SmiFlavor.Canonical).create(mol);
    }

    @Test
    void ethyleneIsPlanarWithHydrogensApart() throws Exception {
        Structure s = embed("C=C"); // atoms: C0 C1 H2 H3 (on C0) H4 H5 (on C1)
        assertNull(ClashCriterion.firstClash(s));
        for (int a = 2; a < 6; a++) for (int b = a + 1; b < 6; b++) assertTrue(dist(s, a, b) > 1.7, "H-H " + dist(s, a, b));
        assertEquals(1.33, dist(s, 0, 1), 0.03);
        for (int h : new int[]{4, 5}) {
            double t = dihedral(s, 2, 0, 1, h);
            assertTrue(t < 2 || t > 178, "H-C=C-H torsion " + t);
        }
    }

    @Test
    void alleneIsLinearWithPerpendicularEnds() throws Exception {
        Structure s = embed("C=C=C"); // C0 C1 C2, H3 H4 on C0, H5 H6 on C2
        assertEquals(180, angle(s, 0, 1, 2), 2);
        double t = dihedral(s, 3, 0, 2, 5);
        assertEquals(90, t, 5, "H-C...C-H across the allene");
        assertNull(ClashCriterion.firstClash(s));
    }

    @Test
    void butatrieneIsLinearWithCoplanarEnds() throws Exception {
        Structure s = embed("C=C=C=C"); // C0..C3, H4 H5 on C0, H6 H7 on C3
        assertEquals(180, angle(s, 0, 1, 2), 2);
        assertEquals(180, angle(s, 1, 2, 3), 2);
        double t = dihedral(s, 4, 0, 3, 6);
        assertTrue(t < 5 || t > 175, "H-C...C-H across the butatriene " + t);
    }

    @Test
    void cubaneKeepsItsCube() throws Exception {
        Structure s = embed("C12C3C4C1C5C2C3C45");
        int[][] nb = s.neighbours();
        for (int c = 0; c < 8; c++) {
            int ring = 0;
            for (int a : nb[c]) if (s.atomicNumber(a) == 6) {
                assertEquals(1.56, dist(s, a, c), 0.05);
                ring++;
            }
            assertEquals(3, ring);
            for (int a : nb[c]) for (int b : nb[c])
                if (a < b && s.atomicNumber(a) == 6 && s.atomicNumber(b) == 6) assertEquals(90, angle(s, a, c, b), 3);
        }
        assertNull(ClashCriterion.firstClash(s));
    }

    @Test
    void macrocyclesCloseWithoutClashes() throws Exception {
        for (String smi : new String[]{"C1CCCCCCCCCCCCCCCCC1", "O=C1CCCCCCCCCCCCCCO1", "C1=CCCCCCCCCCC1"}) {
            Structure s = embed(smi);
            assertNull(ClashCriterion.firstClash(s), smi);
            for (var b : s.bonds()) assertTrue(Math.abs(dist(s, b.i(), b.j()) - (s.atomicNumber(b.i()) == 1 || s.atomicNumber(b.j()) == 1 ? 1.1 : 1.45)) < 0.25, smi);
        }
    }

    @Test
    void stereoFromTheSmilesIsWhatCdkReadsBackFromTheCoordinates() throws Exception {
        for (String smi : new String[]{"F/C=C/F", "F/C=C\\F", "C[C@H](N)C(=O)O", "C[C@@H](N)C(=O)O",
                "C[C@@H]1CC[C@H](O)CC1", "O[C@@H]1[C@@H](O)[C@H](O)[C@@H](CO)O[C@H]1O",
                "CC/C=C\\C/C=C\\C/C=C\\CCCCCCCC(=O)O", "CC=[C@]=CC", "CC=[C@@]=CC", "C[S@](=O)c1ccccc1",
                "CN1CC[C@]23[C@@H]4[C@H]1CC5=C2C(=C(C=C5)O)O[C@H]3[C@H](C=C4)O"}) {
            Structure s = embed(smi);
            assertEquals(canonical(smi), stereoFrom3d(s), smi);
            assertNull(ClashCriterion.firstClash(s), smi);
        }
    }

    @Test
    void sandwichComplexIsRefusedClearlyAndTheIonicFormEmbeds() throws Exception {
        EmbeddingException e = assertThrows(EmbeddingException.class,
                () -> embed("C12=C3C4=C5C1[Fe]23451234C5=C1C2=C3C4=C5"));
        assertTrue(e.getMessage().contains("multi-hapto"), e.getMessage());
        Structure s = embed("[cH-]1cccc1.[cH-]1cccc1.[Fe+2]");
        assertEquals(21, s.atomCount());
        assertNull(ClashCriterion.firstClash(s));
    }

    @Test
    void longChainEmbedsClashFree() throws Exception {
        Structure s = embed("C".repeat(100));
        assertEquals(302, s.atomCount());
        assertNull(ClashCriterion.firstClash(s));
    }

    @Test
    void clashCriterionFlagsTheOldEthyleneGeometry() {
        Structure s = Structure.of("bad", new dev.curvature.structure.Element[]{dev.curvature.structure.Element.of("C"),
                        dev.curvature.structure.Element.of("H"), dev.curvature.structure.Element.of("H")},
                new double[]{0, 0, 0, 1.09, 0, 0, 1.09, 0.13, 0}, new int[3],
                java.util.List.of(new dev.curvature.structure.Bond(0, 1, 1), new dev.curvature.structure.Bond(0, 2, 1)));
        String clash = ClashCriterion.firstClash(s);
        assertNotNull(clash);
        assertTrue(clash.contains("atoms 2 (H) and 3 (H) are 0.13"), clash);
    }

    @Test
    void objectiveGradientMatchesFiniteDifferences() throws Exception {
        SmilesMolecule m = SmilesMolecule.parse("C[C@H](O)/C=C/C(=O)NC");
        Restraints r = new Restraints(m.graph, m.stereo);
        java.util.Random random = new java.util.Random(5);
        for (int dim : new int[]{3, 4}) {
            EmbeddingObjective f = new EmbeddingObjective(r, dim, 1.3, 0.7, 0.9, 1.1, dim == 4 ? 0.3 : 0);
            double[] x = new double[dim * m.graph.n];
            for (int i = 0; i < x.length; i++) x[i] = 2.5 * random.nextGaussian();
            double[] g = new double[x.length], scratch = new double[x.length];
            f.value(x, g);
            for (int i = 0; i < x.length; i++) {
                double h = 1e-6, xi = x[i];
                x[i] = xi + h; double ep = f.value(x, scratch);
                x[i] = xi - h; double em = f.value(x, scratch);
                x[i] = xi;
                assertEquals((ep - em) / (2 * h), g[i], 1e-5 * Math.max(1, Math.abs(g[i])), "component " + i + " dim " + dim);
            }
        }
    }

    @Test
    void metalIonsInWaterAndSaltBridgesAreNotClashes() throws Exception {
        // MMFF94 suite cases: ion-water coordination and zwitterion salt bridges are real minima
        for (String smi : new String[]{"O.O.O.[Mg+2]", "[Li+].O", "CC([NH3+])C(=O)NCC(=O)NCC(=O)[O-]"}) {
            Structure s = embed(smi);
            assertNull(ClashCriterion.firstClash(s), smi);
        }
    }
}

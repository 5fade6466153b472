package dev.curvature.forcefield.mmff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parameter tables, bond separations and input handling of the MMFF topology on small cases. */
class MmffTopologyTest {

    @Test
    void tablesAreReadWithTheirPublishedValues() {
        MmffParameters p = MmffParameters.get(MmffVariant.MMFF94);
        assertArrayEquals(new double[]{4.258, 1.508}, p.bond(0, 1, 1), 0.0);
        assertArrayEquals(new double[]{0.851, 109.608}, p.angle(0, 1, 1, 1), 0.0);
        assertArrayEquals(new double[]{1.353, 6.20}, p.bondReference(9, 6), 0.0);
        assertEquals(6, p.properties(37).atomicNumber());
        assertTrue(p.properties(37).aromatic() && p.properties(37).sbmb());
        assertTrue(p.properties(4).linear());
    }

    @Test
    void angleSearchStepsDownToTheWildCardDefault() {
        // Br-C(sp3)-I has no entry at any specific level; the *-1-* default carries ka = 0,
        // which tells the builder to use the empirical ka with the default theta0.
        assertArrayEquals(new double[]{0.0, 108.9}, MmffParameters.get(MmffVariant.MMFF94).angle(0, 13, 1, 14), 0.0);
        assertNull(MmffParameters.get(MmffVariant.MMFF94).bond(0, 13, 14));
    }

    @Test
    void mmff94sReplacesOnlyOutOfPlaneAndTorsionTables() {
        MmffParameters p94 = MmffParameters.get(MmffVariant.MMFF94), p94s = MmffParameters.get(MmffVariant.MMFF94S);
        assertEquals(-0.02, p94.outOfPlane(1, 10, 1, 3), 0.0);
        assertEquals(0.015, p94s.outOfPlane(3, 10, 1, 1), 0.0);
        assertEquals(0.427, p94.torsion(0, 5, 1, 1, 10)[2], 0.0);
        assertEquals(0.418, p94s.torsion(0, 10, 1, 1, 5)[2], 0.0);
        assertArrayEquals(p94.angle(0, 1, 1, 1), p94s.angle(0, 1, 1, 1), 0.0);
    }

    @Test
    void bondSeparationIsTheShortestBondPathCappedAtFour() {
        // 4-ring 0-1-2-3 with a tail 3-4-5-6, and an isolated atom 7
        int[][] nb = {{1, 3}, {0, 2}, {1, 3}, {2, 0, 4}, {3, 5}, {4, 6}, {5}, {}};
        MmffTopology.BondSeparation s = new MmffTopology.BondSeparation(nb);
        assertEquals(0, s.of(2, 2));
        assertEquals(1, s.of(0, 3));
        assertEquals(2, s.of(0, 2));
        assertEquals(2, s.of(0, 4));
        assertEquals(3, s.of(1, 4));
        assertEquals(3, s.of(0, 5));
        assertEquals(4, s.of(0, 6));
        assertEquals(4, s.of(7, 0));
        assertEquals(s.of(6, 1), s.of(1, 6));
    }

    @Test
    void aromaticBondOrdersGiveTheSameTopologyAsTheKekuleForm() throws Exception {
        MmffTopology kekule = MmffTopology.build(benzene(false), MmffVariant.MMFF94);
        MmffTopology aromatic = MmffTopology.build(benzene(true), MmffVariant.MMFF94);
        assertArrayEquals(new int[]{37, 37, 37, 37, 37, 37, 5, 5, 5, 5, 5, 5}, aromatic.numericTypes());
        assertArrayEquals(kekule.partialCharges(), aromatic.partialCharges(), 0.0);
        assertEquals(-0.15, aromatic.partialCharges()[0], 1e-12);
        assertEquals(kekule.bondStretches(), aromatic.bondStretches());
        assertEquals(kekule.angleBends(), aromatic.angleBends());
        assertEquals(kekule.stretchBends(), aromatic.stretchBends());
        assertEquals(kekule.outOfPlanes(), aromatic.outOfPlanes());
        assertEquals(kekule.torsions(), aromatic.torsions());
        // every ring bond is an aromatic (class 0) C-C bond: kb 5.573, r0 1.374 from mmffbond.par
        MmffTopology.BondStretch cc = aromatic.bondStretches().get(0);
        assertEquals(5.573, cc.kb(), 0.0);
        assertEquals(1.374, cc.r0(), 0.0);
        assertEquals(6 * 3, aromatic.outOfPlanes().size()); // 6 centres, 3 permutations each
        assertTrue(aromatic.empiricalRuleUses().isEmpty());
    }

    @Test
    void untypableAtomsAreNamedOneBased() {
        // H2Se: selenium has no MMFF94 type
        Structure s = Structure.of("H2Se", new Element[]{Element.of("H"), Element.of("Se"), Element.of("H")},
                new double[]{0.96, 0.93, 0, 0, 0, 0, 1.46, 0, 0}, new int[3], List.of(new Bond(0, 1, 1), new Bond(1, 2, 1)));
        UnsupportedStructureException e = assertThrows(UnsupportedStructureException.class, () -> MmffTopology.build(s, MmffVariant.MMFF94));
        assertTrue(e.getMessage().contains("Se2"), e.getMessage());
        assertTrue(e.atoms().contains(1));
    }

    private static Structure benzene(boolean aromaticOrders) {
        Element[] el = new Element[12];
        double[] x = new double[36];
        List<Bond> bonds = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            double phi = Math.PI / 3 * a;
            el[a] = Element.of("C");
            el[a + 6] = Element.of("H");
            x[3 * a] = 1.39 * Math.cos(phi);
            x[3 * a + 1] = 1.39 * Math.sin(phi);
            x[3 * (a + 6)] = 2.47 * Math.cos(phi);
            x[3 * (a + 6) + 1] = 2.47 * Math.sin(phi);
            bonds.add(new Bond(a, (a + 1) % 6, aromaticOrders ? Bond.AROMATIC : (a % 2 == 0 ? 2 : 1)));
            bonds.add(new Bond(a, a + 6, 1));
        }
        return Structure.of(aromaticOrders ? "benzene (aromatic)" : "benzene (Kekule)", el, x, new int[12], bonds);
    }
}

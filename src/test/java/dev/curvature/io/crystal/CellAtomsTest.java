package dev.curvature.io.crystal;

import dev.curvature.io.StructureInputException;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Sites another program holds (packed copies, symmetry images) become the atoms of one cell. */
class CellAtomsTest {
    static final Cell CUBE = Lattice.fromParameters(5.64, 5.64, 5.64, 90, 90, 90);
    static final List<String> F_CENTRING = List.of("x,y,z", "x,y+1/2,z+1/2", "x+1/2,y,z+1/2", "x+1/2,y+1/2,z");

    @Test
    void packedCopiesAndSymmetryImagesMergeIntoOneCell() throws Exception {
        // Na at the corners (all eight corner copies, as a packed display has them), Cl once at the centre
        Element[] el = new Element[9];
        double[][] f = new double[9][];
        String[] labels = new String[9];
        for (int k = 0; k < 8; k++) {
            el[k] = Element.of("Na");
            f[k] = new double[] {k & 1, (k >> 1) & 1, (k >> 2) & 1};
            labels[k] = "Na corner " + k;
        }
        el[8] = Element.of("Cl");
        f[8] = new double[] {0.5, 0.5, 0.5};
        labels[8] = "Cl";
        Structure s = CellAtoms.fromSites("NaCl", CUBE, F_CENTRING, el, f, labels);
        assertEquals(8, s.atomCount());
        assertEquals("Cl4Na4", s.formula().replaceAll("\\s", ""));
        Structure none = CellAtoms.fromSites("NaCl", CUBE, List.of(), el, f, labels);
        assertEquals(2, none.atomCount(), "without operations the copies still merge: one Na, one Cl");
    }

    @Test
    void differentAtomsOnOneSpotAreRefused() {
        StructureInputException e = assertThrows(StructureInputException.class, () -> CellAtoms.fromSites("bad", CUBE, List.of(),
                new Element[] {Element.of("Na"), Element.of("Cl")}, new double[][] {{0, 0, 0}, {0.999, 0, 0}}, new String[] {"Na1", "Cl1"}));
        assertTrue(e.getMessage().startsWith("bad: ") && e.getMessage().contains("overlap") && e.getMessage().contains("Cl1"), e.getMessage());
        assertThrows(StructureInputException.class, () -> CellAtoms.fromSites("bad", CUBE, List.of("x,y"),
                new Element[] {Element.of("Na")}, new double[][] {{0, 0, 0}}, new String[] {"Na1"}));
    }
}

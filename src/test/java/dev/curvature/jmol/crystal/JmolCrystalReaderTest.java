package dev.curvature.jmol.crystal;

import dev.curvature.io.crystal.CrystalReader;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Structure;
import dev.curvature.jmol.HeadlessJmol;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The crystal read from a real (headless) Jmol viewer equals what io.crystal reads from the same
 * CIF, however Jmol was told to load it: asymmetric unit only, one cell, packed (face copies), two
 * by two by two cells, or a 2×1×1 supercell.
 */
class JmolCrystalReaderTest {
    static final Path SI = Path.of("examples/crystals/si-diamond.cif").toAbsolutePath();
    static final Path NACL = Path.of("examples/crystals/nacl-rocksalt.cif").toAbsolutePath();
    static Viewer vwr;

    @BeforeAll
    static void viewer() {
        vwr = HeadlessJmol.viewer();
    }

    static JmolCrystal load(String script) throws Exception {
        vwr.scriptWait(script);
        return JmolCrystalReader.readCurrent(vwr);
    }

    @Test
    void siliconAndRockSaltEqualTheCifReader() throws Exception {
        for (Path file : new Path[] {SI, NACL}) {
            Structure expected = CrystalReader.read(file).get(0);
            assertEquals(8, expected.atomCount());
            for (String how : new String[] {"", " {1 1 1}", " packed", " {2 2 2}"}) {
                JmolCrystal c = load("load \"" + file + "\"" + how);
                assertSame(expected, c.structure(), 2e-6, file.getFileName() + how);
                assertEquals(vwr.ms.ac, c.jmolAtoms().length);
            }
        }
    }

    @Test
    void aSupercellLoadIsReadAsThatSupercell() throws Exception {
        JmolCrystal c = load("load \"" + SI + "\" {1 1 1} supercell {2 1 1}");
        Structure cell = CrystalReader.read(SI).get(0);
        assertEquals(16, c.structure().atomCount());
        assertEquals(2 * cell.cell().volume(), c.structure().cell().volume(), 1e-3);
        assertEquals(2 * cell.cell().vectorsAngstrom()[0][0], c.structure().cell().vectorsAngstrom()[0][0], 1e-5);
    }

    @Test
    void everyJmolCopyMapsToItsCellAtom() throws Exception {
        JmolCrystal c = load("load \"" + NACL + "\" packed");
        assertEquals(27, c.jmolAtoms().length);
        int[] cellAtom = c.cellAtom();
        double[] x = c.structure().positions();
        Lattice lat = new Lattice(c.structure().cell());
        for (int k = 0; k < cellAtom.length; k++) {
            org.jmol.modelset.Atom a = vwr.ms.at[c.jmolAtoms()[k]];
            assertEquals(a.getElementNumber(), c.structure().atomicNumber(cellAtom[k]));
            double[] f = new double[3], g = new double[3];
            lat.toFractional(a.x, a.y, a.z, f);
            lat.toFractional(x[3 * cellAtom[k]], x[3 * cellAtom[k] + 1], x[3 * cellAtom[k] + 2], g);
            for (int d = 0; d < 3; d++) assertEquals(0, f[d] - g[d] - Math.rint(f[d] - g[d]), 1e-5);
        }
        assertEquals(8, c.cellAtomsShown());
        assertEquals(1, load("load \"" + SI + "\"").cellAtomsShown(), "a plain load shows the asymmetric unit only");
    }

    @Test
    void overlapsAndMoleculesAreRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("overlap.cif");
        Files.writeString(bad, "data_bad\n_cell_length_a 4\n_cell_length_b 4\n_cell_length_c 4\n_cell_angle_alpha 90\n_cell_angle_beta 90\n"
                + "_cell_angle_gamma 90\nloop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "Na1 0 0 0\nCl1 0.02 0 0\n");
        JmolCrystalReader.NotACrystalException e = assertThrows(JmolCrystalReader.NotACrystalException.class, () -> load("load \"" + bad + "\""));
        assertTrue(e.getMessage().contains("overlap") && e.getMessage().contains("Na1") && e.getMessage().contains("Cl1"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        Path water = dir.resolve("water.xyz");
        Files.writeString(water, "3\nwater\nO 0 0 0\nH 0.96 0 0\nH -0.24 0.93 0\n");
        e = assertThrows(JmolCrystalReader.NotACrystalException.class, () -> load("load \"" + water + "\""));
        assertTrue(e.getMessage().contains("molecule"), e.getMessage());
    }

    /** Same cell and, atom for atom (in any order), the same element at the same place modulo the lattice. */
    static void assertSame(Structure expected, Structure actual, double tolerance, String what) {
        assertEquals(expected.atomCount(), actual.atomCount(), what + ": atoms");
        double[][] a = expected.cell().vectorsAngstrom(), b = actual.cell().vectorsAngstrom();
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) assertEquals(a[r][c], b[r][c], tolerance, what + ": cell");
        Lattice lat = new Lattice(expected.cell());
        double[] fe = lat.fractional(expected.positions()), fa = lat.fractional(actual.positions());
        boolean[] used = new boolean[actual.atomCount()];
        for (int i = 0; i < expected.atomCount(); i++) {
            int match = -1;
            for (int j = 0; j < actual.atomCount() && match < 0; j++) {
                if (used[j] || actual.element(j) != expected.element(i)) continue;
                double[] w = new double[3], d = new double[3];
                for (int c = 0; c < 3; c++) { w[c] = fe[3 * i + c] - fa[3 * j + c]; w[c] -= Math.rint(w[c]); }
                lat.toCartesian(w[0], w[1], w[2], d);
                if (Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) < tolerance) match = j;
            }
            assertTrue(match >= 0, what + ": no atom of Jmol's crystal at atom " + (i + 1) + " of the CIF reader's");
            used[match] = true;
        }
    }
}

package dev.curvature.io.crystal;

import dev.curvature.io.StructureInputException;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Structure;
import dev.curvature.testing.Crystals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrystalIoTest {
    @TempDir Path dir;

    /** Rutile TiO2, P4_2/mnm (No. 136), the 16 general positions of International Tables vol. A. */
    static final String RUTILE = """
            data_rutile
            _cell_length_a 4.5937(3)
            _cell_length_b 4.5937(3)
            _cell_length_c 2.9587(2)
            _cell_angle_alpha 90
            _cell_angle_beta 90
            _cell_angle_gamma 90
            _symmetry_space_group_name_H-M 'P 42/m n m'
            loop_
            _space_group_symop_operation_xyz
            'x, y, z' '-x, -y, z' '-y+1/2, x+1/2, z+1/2' 'y+1/2, -x+1/2, z+1/2'
            '-x+1/2, y+1/2, -z+1/2' 'x+1/2, -y+1/2, -z+1/2' 'y, x, -z' '-y, -x, -z'
            '-x, -y, -z' 'x, y, -z' 'y+1/2, -x+1/2, -z+1/2' '-y+1/2, x+1/2, -z+1/2'
            'x+1/2, -y+1/2, z+1/2' '-x+1/2, y+1/2, z+1/2' '-y, -x, z' 'y, x, z'
            loop_
            _atom_site_label
            _atom_site_type_symbol
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            _atom_site_occupancy
            Ti1 Ti 0 0 0 1.0
            O1 O 0.30478(6) 0.30478(6) 0 1.0
            """;

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void cifSymmetryExpansionMergesImagesOfASite() throws Exception {
        Structure s = CrystalReader.read(write("rutile.cif", RUTILE)).get(0);
        assertEquals(6, s.atomCount());
        assertEquals("O4Ti2", s.formula());
        assertEquals(4.5937 * 4.5937 * 2.9587, s.cell().volume(), 1e-9);
        // Ti–O bond lengths of rutile: 4 × 1.949 Å (equatorial) and 2 × 1.980 Å (apical)
        double shortest = Double.MAX_VALUE;
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++)
            if (s.element(i).symbol().equals("Ti") && s.element(j).symbol().equals("O"))
                shortest = Math.min(shortest, minimumImageDistance(s, i, j));
        // equatorial: Ti (½,½,½) to O (x,x,0): sqrt(2((½−x)a)² + (c/2)²); apical x·a·√2 is longer
        double u = (0.5 - 0.30478) * 4.5937;
        assertEquals(Math.sqrt(2 * u * u + 2.9587 * 2.9587 / 4), shortest, 1e-6);
        assertTrue(0.30478 * 4.5937 * Math.sqrt(2) > shortest);
    }

    static double minimumImageDistance(Structure s, int i, int j) {
        Lattice l = new Lattice(s.cell());
        double best = Double.MAX_VALUE;
        double[] t = new double[3];
        for (int a = -1; a <= 1; a++) for (int b = -1; b <= 1; b++) for (int c = -1; c <= 1; c++) {
            l.translation(a, b, c, t);
            double dx = s.x(j) - s.x(i) + t[0], dy = s.y(j) - s.y(i) + t[1], dz = s.z(j) - s.z(i) + t[2];
            best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
        }
        return best;
    }

    @Test
    void cifOverlapAfterExpansionAndBadFilesAreOneLineErrors() throws Exception {
        String overlapping = RUTILE.replace("O1 O 0.30478(6) 0.30478(6) 0 1.0", "O1 O 0.30478(6) 0.30478(6) 0.02 1.0");
        StructureInputException e = assertThrows(StructureInputException.class, () -> CrystalReader.read(write("bad.cif", overlapping)));
        assertTrue(e.getMessage().contains("overlap") && e.getMessage().contains("O1"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
        e = assertThrows(StructureInputException.class, () -> CrystalReader.read(write("junk.cif", "this is not a CIF\n")));
        assertTrue(e.getMessage().startsWith(dir.resolve("junk.cif").toString()), e.getMessage());
        e = assertThrows(StructureInputException.class, () -> CrystalReader.read(write("nocell.cif", "data_x\n_cell_length_a 3\n")));
        assertTrue(e.getMessage().contains("_cell_length_b"), e.getMessage());
        e = assertThrows(StructureInputException.class, () -> CrystalReader.read(write("partial.cif", RUTILE.replace("Ti 0 0 0 1.0", "Ti 0 0 0 0.5"))));
        assertTrue(e.getMessage().contains("partially occupied"), e.getMessage());
    }

    @Test
    void writersRoundTripThroughTheReaders() throws Exception {
        Structure d = Crystals.diamond("Si", 5.431);
        // a triclinic cell not in the standard orientation, to exercise CIF's re-orientation
        Structure tri = dev.curvature.periodic.Deformation.strained(d, new double[] {0.01, 0.02, 0, 0.02, -0.01, 0.03, 0, 0.03, 0.02});
        for (String name : List.of("si.extxyz", "si.cif", "POSCAR", "si.vasp")) {
            Path p = dir.resolve(name);
            CrystalWriter.write(p, tri);
            Structure back = CrystalReader.read(p).get(0);
            assertEquals(8, back.atomCount(), name);
            assertEquals(tri.cell().volume(), back.cell().volume(), 1e-7, name);
            double[] a = new Lattice(tri.cell()).parameters(), b = new Lattice(back.cell()).parameters();
            for (int k = 0; k < 6; k++) assertEquals(a[k], b[k], 1e-7, name + " parameter " + k);
            // distances are orientation-independent
            for (int j = 1; j < 8; j++) assertEquals(minimumImageDistance(tri, 0, j), minimumImageDistance(back, 0, j), 1e-7, name);
        }
    }

    @Test
    void extendedXyzColumnsAndFrames() throws Exception {
        String text = """
                2
                Lattice="0 2.715 2.715 2.715 0 2.715 2.715 2.715 0" Properties=species:S:1:forces:R:3:pos:R:3 energy=-8.6 pbc="T T T"
                Si 0.1 0 0 0 0 0
                Si 0 0 0 1.3575 1.3575 1.3575
                1
                Lattice="3 0 0 0 3 0 0 0 3" Properties=species:S:1:pos:R:3
                Cu 0 0 0
                """;
        List<Structure> frames = CrystalReader.read(write("two.extxyz", text));
        assertEquals(2, frames.size());
        assertEquals(1.3575, frames.get(0).x(1), 1e-12);
        assertEquals(27.0, frames.get(1).cell().volume(), 1e-12);
        StructureInputException e = assertThrows(StructureInputException.class,
                () -> CrystalReader.read(write("open.extxyz", text.replace("pbc=\"T T T\"", "pbc=\"T T F\""))));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void poscarScaleAndCartesianAndVasp4() throws Exception {
        String text = """
                Si primitive
                -40.04
                0 0.5 0.5
                0.5 0 0.5
                0.5 0.5 0
                Si
                2
                Cartesian
                0 0 0
                0.25 0.25 0.25
                """;
        Structure s = CrystalReader.read(write("POSCAR", text)).get(0);
        assertEquals(40.04, s.cell().volume(), 1e-9);
        double a = Math.cbrt(40.04 * 4);
        assertEquals(a / 4, s.x(1), 1e-9);
        StructureInputException e = assertThrows(StructureInputException.class,
                () -> CrystalReader.read(write("CONTCAR", text.replace("Si\n2\n", "2\n"))));
        assertTrue(e.getMessage().contains("VASP 4"), e.getMessage());
    }

    @Test
    void lammpsDataTriclinicWithMassesAndStyles() throws Exception {
        String text = """
                LAMMPS data file

                2 atoms
                1 atom types
                -1.0 2.84 xlo xhi
                0.0 3.84 ylo yhi
                0.0 3.84 zlo zhi
                0.5 0.0 0.0 xy xz yz

                Masses

                1 28.0855

                Atoms # atomic

                2 1 0.96 0.96 0.96 0 0 0
                1 1 -1.0 0 0
                """;
        Structure s = CrystalReader.read(write("si.data", text)).get(0);
        assertEquals("Si2", s.formula());
        assertEquals(3.84 * 3.84 * 3.84, s.cell().volume(), 1e-9);
        assertEquals(0.5, s.cell().vectorsAngstrom()[1][0], 1e-12);
        assertEquals(0.0, s.x(0), 1e-12);
        assertEquals(1.96, s.x(1), 1e-12);
        StructureInputException e = assertThrows(StructureInputException.class,
                () -> CrystalReader.read(write("bad.data", text.replace("1 28.0855", "1 300.5"))));
        assertTrue(e.getMessage().contains("matches no element"), e.getMessage());
    }
}

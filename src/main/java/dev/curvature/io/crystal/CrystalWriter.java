package dev.curvature.io.crystal;

import dev.curvature.io.AtomicFile;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Structure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Writes periodic structures as extended XYZ, CIF (space group P1, every atom a site) or VASP 5
 * POSCAR, chosen by the file name, whole or not at all ({@link AtomicFile}).
 */
public final class CrystalWriter {
    private CrystalWriter() {}

    /** Whether the name asks for a crystal format (.extxyz .xyz .cif .vasp POSCAR CONTCAR). */
    public static boolean handles(Path file) { return CrystalFormat.forOutput(file) != null; }

    public static void write(Path file, Structure s) throws IOException {
        write(file, s, null, null);
    }

    /** With forces (eV/Å) and extra comment keys for extended XYZ (ignored by the other formats). */
    public static void write(Path file, Structure s, double[] forces, Map<String, String> extra) throws IOException {
        if (!s.isPeriodic()) throw new IOException("cannot write " + file + ": " + s.name() + " has no cell");
        CrystalFormat f = CrystalFormat.forOutput(file);
        if (f == null) throw new IOException("cannot write " + file + ": crystal output must be .extxyz, .xyz, .cif, .vasp, POSCAR or CONTCAR");
        String text = switch (f) {
            case EXTXYZ -> ExtendedXyz.format(s, forces, extra);
            case CIF -> cif(s);
            case POSCAR -> Poscar.format(s);
            case LAMMPS_DATA -> throw new IOException("cannot write " + file + ": LAMMPS data output is not supported");
        };
        AtomicFile.write(file, text);
    }

    static String cif(Structure s) {
        Lattice lat = new Lattice(s.cell());
        double[] p = lat.parameters();
        StringBuilder sb = new StringBuilder();
        String block = (s.name().isBlank() ? s.formula() : s.name()).replaceAll("\\s+", "_");
        sb.append("data_").append(block).append('\n');
        sb.append("_symmetry_space_group_name_H-M 'P 1'\n_symmetry_Int_Tables_number 1\n");
        String[] tags = {"_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"};
        for (int k = 0; k < 6; k++) sb.append(String.format(Locale.ROOT, "%-18s %.10f%n", tags[k], p[k]));
        sb.append("loop_\n_symmetry_equiv_pos_as_xyz\n'x, y, z'\n");
        sb.append("loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n");
        // CIF fractional coordinates refer to the standard orientation; ours may be rotated, so
        // go through the cell's own fractional coordinates (orientation-independent)
        double[] f = lat.fractional(s.positions());
        for (int a = 0; a < s.atomCount(); a++)
            sb.append(String.format(Locale.ROOT, "%s%d %s %.12f %.12f %.12f%n", s.element(a).symbol(), a + 1, s.element(a).symbol(),
                    f[3 * a], f[3 * a + 1], f[3 * a + 2]));
        return sb.toString();
    }
}

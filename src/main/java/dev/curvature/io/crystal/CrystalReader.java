package dev.curvature.io.crystal;

import dev.curvature.io.StructureInputException;
import dev.curvature.structure.Structure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads periodic structures (CIF with symmetry expansion, extended XYZ, VASP POSCAR/CONTCAR,
 * LAMMPS data). Every failure is a {@link StructureInputException} whose one-line message names
 * the file, and the line or site where it can.
 */
public final class CrystalReader {
    private CrystalReader() {}

    /** Whether the file is in a crystal format this reader handles. */
    public static boolean handles(Path file) {
        try {
            return CrystalFormat.detect(file) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** All structures in the file (extended XYZ may hold several frames; the others one). */
    public static List<Structure> read(Path file) throws StructureInputException {
        CrystalFormat format;
        List<String> lines;
        try {
            format = CrystalFormat.detect(file);
            if (format == null) throw new StructureInputException(file + ": not a crystal format (.cif .extxyz .vasp POSCAR CONTCAR .data .lmp)");
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new StructureInputException(file + ": no such file");
        } catch (IOException e) {
            throw new StructureInputException(file + ": cannot read: " + e.getMessage());
        }
        String name = file.getFileName().toString();
        try {
            return switch (format) {
                case CIF -> List.of(CifReader.parse(lines, name));
                case EXTXYZ -> ExtendedXyz.parse(lines, name);
                case POSCAR -> List.of(Poscar.parse(lines, name));
                case LAMMPS_DATA -> List.of(LammpsData.parse(lines, name));
            };
        } catch (CrystalFormatException e) {
            throw new StructureInputException(file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new StructureInputException(file + ": " + e.getMessage());
        }
    }
}

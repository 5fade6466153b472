package dev.curvature.io.crystal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Periodic structure formats, chosen by file name, or for .xyz by a Lattice= key on line 2. */
public enum CrystalFormat {
    CIF, EXTXYZ, POSCAR, LAMMPS_DATA;

    /** The crystal format of this file, or null if it is not one (e.g. a plain molecular .xyz). */
    public static CrystalFormat detect(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".cif")) return CIF;
        if (lower.endsWith(".extxyz")) return EXTXYZ;
        if (lower.endsWith(".vasp") || lower.endsWith(".poscar") || lower.startsWith("poscar") || lower.startsWith("contcar"))
            return POSCAR;
        if (lower.endsWith(".data") || lower.endsWith(".lmp") || lower.startsWith("data.")) return LAMMPS_DATA;
        if (lower.endsWith(".xyz") && Files.isRegularFile(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                r.readLine();
                String comment = r.readLine();
                if (comment != null && comment.contains("Lattice=")) return EXTXYZ;
            }
        }
        return null;
    }

    /** The format an output file name asks for, or null. */
    public static CrystalFormat forOutput(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".cif")) return CIF;
        if (lower.endsWith(".extxyz") || lower.endsWith(".xyz")) return EXTXYZ;
        if (lower.endsWith(".vasp") || lower.endsWith(".poscar") || lower.startsWith("poscar") || lower.startsWith("contcar")) return POSCAR;
        return null;
    }
}

package dev.curvature.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Structure file formats Curvature reads, chosen by file extension, or by a look at the content. */
public enum InputFormat {
    SDF("sdf", "sd", "mol", "mdl"),
    MOL2("mol2", "ml2"),
    XYZ("xyz"),
    PDB("pdb", "ent"),
    /** PDBx/mmCIF; plain .cif is a crystal (small-molecule CIF) elsewhere, so only these names. */
    MMCIF("mmcif", "mcif"),
    CML("cml"),
    SMILES("smi", "smiles");

    private final String[] extensions;

    InputFormat(String... extensions) { this.extensions = extensions; }

    /** The format whose extension the file name has (before a trailing ".gz": gzip-compressed), or null. */
    public static InputFormat byExtension(String fileName) {
        if (isGzip(fileName)) fileName = fileName.substring(0, fileName.length() - 3);
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return null;
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (InputFormat f : values())
            for (String e : f.extensions) if (e.equals(ext)) return f;
        return null;
    }

    /** The format by extension, else by the first lines of the file, else null. */
    public static InputFormat detect(Path file) throws IOException {
        InputFormat f = byExtension(file.getFileName().toString());
        return f != null ? f : sniff(file);
    }

    /** Whether the file name ends in ".gz" (any case): read through gzip decompression. */
    public static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The file's bytes, decompressed if its name ends in ".gz". */
    static java.io.InputStream open(Path file) throws IOException {
        java.io.InputStream in = Files.newInputStream(file);
        if (!isGzip(file.getFileName().toString())) return in;
        try {
            return new java.util.zip.GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            in.close();
            throw new IOException("not in gzip format (" + e.getMessage() + ")", e);
        }
    }

    static InputFormat sniff(Path file) throws IOException {
        // only a bounded prefix: a file without line breaks must not be read whole
        try (java.io.InputStream in = open(file)) {
            String head = new String(in.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1);
            String[] split = head.split("\r?\n", -1);
            String[] lines = new String[6];
            int complete = head.length() < 64 * 1024 ? split.length : split.length - 1; // the last piece may be cut
            for (int i = 0; i < lines.length && i < complete; i++) lines[i] = split[i];
            for (String l : lines) {
                if (l == null) break;
                if (l.startsWith("@<TRIPOS>")) return MOL2;
                if (l.contains("<cml") || l.contains("<molecule")) return CML;
                if (l.startsWith("HEADER") || l.startsWith("ATOM  ") || l.startsWith("HETATM") || l.startsWith("CRYST1")) return PDB;
            }
            if (lines[3] != null && (lines[3].contains("V2000") || lines[3].contains("V3000"))) return SDF;
            if (lines[0] != null && lines[0].strip().matches("\\d+")) return XYZ;
            return null;
        }
    }
}

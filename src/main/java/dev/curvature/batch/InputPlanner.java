package dev.curvature.batch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns the command line's inputs (files, directories, globs) into a plan of record-aligned chunks,
 * looking only at file names and sizes (and Parquet footers): the driver never reads the records.
 * Files are taken in sorted order and cut into pieces of about {@code chunkBytes}; gzipped files
 * are one chunk each (streamed by one task), Parquet files are cut between row groups.
 */
public final class InputPlanner {
    private InputPlanner() {}

    /** A bad input argument: the message names it. */
    public static final class InputException extends Exception {
        InputException(String message) { super(message); }
    }

    /** Record format of a file name, or null if the batch does not read it. */
    static String formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".sdf") || n.endsWith(".sd") || n.endsWith(".mol")) return "sdf";
        if (n.endsWith(".mol2")) return "mol2";
        if (n.endsWith(".smi") || n.endsWith(".smiles") || n.endsWith(".can") || n.endsWith(".ism")) return "smi";
        if (n.endsWith(".parquet") && !fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) return "parquet";
        return null;
    }

    /** The input files in plan order (sorted, each once). */
    static List<Path> expand(List<String> inputs) throws InputException, IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (String arg : inputs) {
            if (arg.contains("*") || arg.contains("?") || arg.contains("[")) {
                List<Path> matched = glob(arg);
                if (matched.isEmpty()) throw new InputException(arg + ": no file matches this pattern");
                files.addAll(matched);
                continue;
            }
            Path p = Path.of(arg).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> formatOf(f.getFileName().toString()) != null).forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                if (formatOf(p.getFileName().toString()) == null)
                    throw new InputException(arg + ": unknown format (batch reads .sdf, .sd, .mol, .mol2, .smi, optionally .gz, and .parquet)");
                files.add(p);
            } else if (Files.exists(p)) {
                throw new InputException(arg + ": not a regular file or directory");
            } else {
                throw new InputException(arg + ": no such file or directory");
            }
        }
        if (files.isEmpty()) throw new InputException(String.join(" ", inputs) + ": no input files (.sdf, .mol2, .smi, optionally .gz, .parquet)");
        return new ArrayList<>(files);
    }

    private static List<Path> glob(String pattern) throws IOException {
        // the fixed part of the pattern is where the walk starts
        Path abs = Path.of(pattern.replace("*", "_").replace("?", "_").replace("[", "_")).toAbsolutePath();
        String absPattern = Path.of(pattern).isAbsolute() ? pattern : Path.of("").toAbsolutePath() + "/" + pattern;
        Path root = abs.getRoot();
        Path base = root;
        String[] parts = absPattern.split("/");
        for (String part : parts) {
            if (part.isEmpty()) continue;
            if (part.contains("*") || part.contains("?") || part.contains("[")) break;
            base = base.resolve(part);
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + Path.of(absPattern).normalize());
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(base)) return out;
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).filter(m::matches)
                    .filter(p -> formatOf(p.getFileName().toString()) != null).forEach(out::add);
        }
        return out;
    }

    /** The chunk plan for text files only (no column options). */
    static List<InputChunk> plan(List<Path> files, long chunkBytes) throws IOException, InputException {
        return plan(files, chunkBytes, null, null);
    }

    /**
     * The chunk plan for these files: pieces of about chunkBytes (at least 1 KiB), gzipped files
     * whole, Parquet files in runs of whole row groups of about chunkBytes compressed (of a Parquet
     * file only the footer is read, to pick its columns and its row groups).
     */
    static List<InputChunk> plan(List<Path> files, long chunkBytes, String smilesColumn, String molblockColumn)
            throws IOException, InputException {
        long piece = Math.max(1024, chunkBytes);
        List<InputChunk> chunks = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String format = formatOf(name);
            if (format.equals("parquet")) {
                ParquetRecords.Columns c = ParquetRecords.columns(f, smilesColumn, molblockColumn);
                for (long[] groups : ParquetRecords.rowGroupRanges(f, piece))
                    chunks.add(new InputChunk(chunks.size(), f.toString(), c.format(), groups[0], groups[1], false, c.column(), c.nameColumn()));
                continue;
            }
            boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
            long size = Files.size(f);
            if (gz || size <= piece) {
                chunks.add(new InputChunk(chunks.size(), f.toString(), format, 0, Long.MAX_VALUE, gz));
                continue;
            }
            for (long s = 0; s < size; s += piece)
                chunks.add(new InputChunk(chunks.size(), f.toString(), format, s, s + piece >= size ? Long.MAX_VALUE : s + piece, false));
        }
        return chunks;
    }
}

package dev.curvature.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Cuts the records a chunk owns out of its file: those whose first byte lies in [start, end). The
 * last record may run past {@code end} (it is read to its end); the next chunk skips it because
 * its first byte is not in that chunk. Boundaries: SDF records end with a {@code $$$$} line,
 * MOL2 records begin at {@code @<TRIPOS>MOLECULE}, SMILES files hold one record per non-blank line
 * (not {@code #} comments, nor a first line naming the columns, e.g. "SMILES Name", as RDKit writes).
 * Blank records (trailing newlines) are not records, as for the single-file readers.
 */
final class ChunkRecords {
    private ChunkRecords() {}

    /** Receives the text of each record the chunk owns, numbered from 0 within the chunk. */
    @FunctionalInterface
    interface Sink {
        /** @return false to stop early */
        boolean accept(int ordinal, String text) throws IOException;
    }

    /** Number of records the chunk owns. */
    static int count(InputChunk chunk) throws IOException {
        if (chunk.parquet()) return ParquetRecords.count(chunk);
        int[] n = {0};
        read(chunk, (k, text) -> { n[0]++; return true; }, false);
        return n[0];
    }

    /** Streams the chunk's records to the sink in file order. */
    static void read(InputChunk chunk, Sink sink) throws IOException {
        if (chunk.parquet()) { ParquetRecords.read(chunk, sink); return; }
        read(chunk, sink, true);
    }

    private static void read(InputChunk chunk, Sink sink, boolean keepText) throws IOException {
        long first = firstRecordStart(chunk);
        if (first < 0) return;
        try (ByteLines lines = chunk.gzipped() ? ByteLines.gzipped(chunk.file()) : ByteLines.plain(chunk.file(), first)) {
            switch (chunk.format()) {
                case "sdf" -> sdf(lines, chunk.end(), sink, keepText);
                case "mol2" -> mol2(lines, chunk.end(), sink, keepText);
                case "smi" -> smiles(lines, chunk.end(), sink);
                default -> throw new IllegalArgumentException("unsupported batch format " + chunk.format());
            }
        }
    }

    /** Offset of the first record the chunk owns, or −1 if it owns none. */
    static long firstRecordStart(InputChunk chunk) throws IOException {
        if (chunk.gzipped() || chunk.start() == 0) return 0;
        String f = chunk.file();
        long s = chunk.start();
        switch (chunk.format()) {
            case "sdf" -> {
                // the record after the first "$$$$" line that ends at or after s
                try (ByteLines lines = ByteLines.plain(f, ByteLines.lineStartOf(f, s - 1))) {
                    while (lines.next()) {
                        if (lines.latin1().strip().equals("$$$$")) {
                            long q = lines.nextLineStart();
                            return q < chunk.end() ? q : -1;
                        }
                        if (lines.lineStart() >= chunk.end()) return -1;
                    }
                    return -1;
                }
            }
            case "mol2" -> {
                try (ByteLines lines = ByteLines.plain(f, ByteLines.firstLineStartAtOrAfter(f, s))) {
                    while (lines.next()) {
                        if (lines.lineStart() >= chunk.end()) return -1;
                        if (lines.latin1().startsWith("@<TRIPOS>MOLECULE")) return lines.lineStart();
                    }
                    return -1;
                }
            }
            default -> {
                long q = ByteLines.firstLineStartAtOrAfter(f, s);
                return q < chunk.end() ? q : -1;
            }
        }
    }

    private static void sdf(ByteLines lines, long end, Sink sink, boolean keepText) throws IOException {
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        boolean blank = true;
        long recordStart = -1;
        int ordinal = 0;
        while (lines.next()) {
            if (recordStart < 0) {
                recordStart = lines.lineStart();
                if (recordStart >= end) return;
            }
            if (keepText) { record.write(lines.bytes(), 0, lines.length()); record.write('\n'); }
            boolean terminator = lines.latin1().strip().equals("$$$$");
            if (!terminator && !lines.latin1().isBlank()) blank = false;
            if (terminator) {
                if (!blank && !sink.accept(ordinal++, record.toString(StandardCharsets.UTF_8))) return;
                record.reset();
                blank = true;
                recordStart = -1;
            }
        }
        if (!blank) sink.accept(ordinal, record.toString(StandardCharsets.UTF_8)); // last record without $$$$
    }

    private static void mol2(ByteLines lines, long end, Sink sink, boolean keepText) throws IOException {
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        boolean open = false;
        int ordinal = 0;
        while (lines.next()) {
            boolean header = lines.latin1().startsWith("@<TRIPOS>MOLECULE");
            if (header) {
                if (open && !sink.accept(ordinal++, record.toString(StandardCharsets.UTF_8))) return;
                record.reset();
                if (lines.lineStart() >= end) return;
                open = true;
            }
            if (open && keepText) { record.write(lines.bytes(), 0, lines.length()); record.write('\n'); }
        }
        if (open) sink.accept(ordinal, record.toString(StandardCharsets.UTF_8));
    }

    /** A first line naming its columns ("SMILES Name", as RDKit writes) is no record. */
    static boolean isTitleLine(String firstLine) {
        String[] tokens = firstLine.strip().split("\\s+");
        return tokens[0].equalsIgnoreCase("smiles");
    }

    private static void smiles(ByteLines lines, long end, Sink sink) throws IOException {
        int ordinal = 0;
        while (lines.next()) {
            if (lines.lineStart() >= end) return;
            String text = new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8);
            if (text.isBlank() || text.stripLeading().startsWith("#")) continue;
            if (lines.lineStart() == 0 && isTitleLine(text)) continue;
            if (!sink.accept(ordinal++, text)) return;
        }
    }
}

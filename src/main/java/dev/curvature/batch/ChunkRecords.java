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
        int n = 0;
        try (RecordCursor c = open(chunk, false)) {
            while (c.next() != null) n++;
        }
        return n;
    }

    /** Streams the chunk's records to the sink in file order. */
    static void read(InputChunk chunk, Sink sink) throws IOException {
        try (RecordCursor c = open(chunk)) {
            int ordinal = 0;
            for (String text; (text = c.next()) != null; )
                if (!sink.accept(ordinal++, text)) return;
        }
    }

    /** A cursor over the chunk's records in file order (the caller closes it). */
    static RecordCursor open(InputChunk chunk) throws IOException {
        return chunk.parquet() ? ParquetRecords.open(chunk) : open(chunk, true);
    }

    /** keepText false: the cursor returns "" for each record (counting needs no text). */
    private static RecordCursor open(InputChunk chunk, boolean keepText) throws IOException {
        long first = firstRecordStart(chunk);
        if (first < 0) return EMPTY;
        ByteLines lines = chunk.gzipped() ? ByteLines.gzipped(chunk.file()) : ByteLines.plain(chunk.file(), first);
        return switch (chunk.format()) {
            case "sdf" -> new SdfCursor(lines, chunk.end(), keepText);
            case "mol2" -> new Mol2Cursor(lines, chunk.end(), keepText);
            case "smi" -> new SmilesCursor(lines, chunk.end());
            default -> {
                lines.close();
                throw new IllegalArgumentException("unsupported batch format " + chunk.format());
            }
        };
    }

    private static final RecordCursor EMPTY = new RecordCursor() {
        @Override public String next() { return null; }
        @Override public void close() {}
    };

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

    /** The cursors' common part: the lines, where the chunk ends, and the text of the record being read. */
    private abstract static class TextCursor implements RecordCursor {
        final ByteLines lines;
        final long end;
        final boolean keepText;
        final ByteArrayOutputStream record = new ByteArrayOutputStream();
        boolean finished;

        TextCursor(ByteLines lines, long end, boolean keepText) {
            this.lines = lines;
            this.end = end;
            this.keepText = keepText;
        }

        void appendLine() {
            if (keepText) { record.write(lines.bytes(), 0, lines.length()); record.write('\n'); }
        }

        String take() {
            String text = record.toString(StandardCharsets.UTF_8);
            record.reset();
            return text;
        }

        @Override public void close() throws IOException { lines.close(); }
    }

    /** SDF: a record runs to its {@code $$$$} line (or the end of the file). */
    private static final class SdfCursor extends TextCursor {
        SdfCursor(ByteLines lines, long end, boolean keepText) { super(lines, end, keepText); }

        @Override
        public String next() throws IOException {
            if (finished) return null;
            boolean blank = true;
            long recordStart = -1;
            while (lines.next()) {
                if (recordStart < 0) {
                    recordStart = lines.lineStart();
                    if (recordStart >= end) { finished = true; return null; }
                }
                appendLine();
                String line = lines.latin1();
                boolean terminator = line.strip().equals("$$$$");
                if (!terminator && !line.isBlank()) blank = false;
                if (terminator) {
                    if (!blank) return take();
                    record.reset();
                    recordStart = -1;
                }
            }
            finished = true;
            return blank ? null : take(); // the last record without $$$$
        }
    }

    /** MOL2: a record runs from its {@code @<TRIPOS>MOLECULE} line to the next one. */
    private static final class Mol2Cursor extends TextCursor {
        private boolean open;

        Mol2Cursor(ByteLines lines, long end, boolean keepText) { super(lines, end, keepText); }

        @Override
        public String next() throws IOException {
            if (finished) return null;
            while (lines.next()) {
                if (lines.latin1().startsWith("@<TRIPOS>MOLECULE")) {
                    boolean past = lines.lineStart() >= end;
                    String done = open ? take() : null;
                    if (past) finished = true;
                    else { open = true; appendLine(); }
                    if (done != null || finished) return done;
                } else if (open) {
                    appendLine();
                }
            }
            finished = true;
            return open ? take() : null;
        }
    }

    /** SMILES: one record per non-blank, non-comment line. */
    private static final class SmilesCursor extends TextCursor {
        SmilesCursor(ByteLines lines, long end) { super(lines, end, true); }

        @Override
        public String next() throws IOException {
            if (finished) return null;
            while (lines.next()) {
                if (lines.lineStart() >= end) break;
                String text = new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8);
                if (text.isBlank() || text.stripLeading().startsWith("#")) continue;
                if (lines.lineStart() == 0 && isTitleLine(text)) continue;
                return text;
            }
            finished = true;
            return null;
        }
    }

    /** A first line naming its columns ("SMILES Name", as RDKit writes) is no record. */
    static boolean isTitleLine(String firstLine) {
        String[] tokens = firstLine.strip().split("\\s+");
        return tokens[0].equalsIgnoreCase("smiles");
    }
}

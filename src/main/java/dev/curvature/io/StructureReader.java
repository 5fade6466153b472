package dev.curvature.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads structures from SDF/MOL (V2000, V3000), MOL2, XYZ, PDB, CML and SMILES, one record at a
 * time. A record that cannot be read becomes a failed {@link Record} with a one-line reason; the
 * records after it are still read. Format by file extension, else by the first lines; the reader
 * for each format comes from the {@link FormatRegistry}. Only regular files are opened (a FIFO
 * would block, /dev/zero never ends); lines are bounded ({@link LineSource}).
 */
public final class StructureReader implements Iterator<Record>, Closeable {

    /** The source name of a SMILES given on the command line. */
    static final String SMILES_SOURCE = "SMILES";

    private final String source;
    private final InputFormat format;
    private final LineSource lines;
    private final FormatReader reader;
    private final Deque<Record> pending = new ArrayDeque<>();
    private int produced;
    private boolean finished;

    private StructureReader(String source, InputFormat format, ReadOptions options, Reader in) {
        this.source = source;
        this.format = format;
        this.lines = new LineSource(in);
        this.reader = FormatRegistry.reader(format, new RecordAssembly(source, format, options));
    }

    /** Opens a file; fails at once if it is missing, unreadable, or of an unknown format. */
    public static StructureReader open(Path file, ReadOptions options) throws StructureInputException {
        String source = file.toString();
        if (Files.isDirectory(file)) throw new StructureInputException(source + ": is a directory, not a structure file");
        if (Files.exists(file) && !Files.isRegularFile(file)) // a FIFO would block, a device never end
            throw new StructureInputException(source + ": not a regular file (FIFO, device or socket); save the structures to a file first");
        InputFormat format;
        try {
            format = InputFormat.detect(file);
            if (format == null)
                throw new StructureInputException(source + ": unknown structure format (use .sdf, .mol, .mol2, .xyz, .pdb, .cml or .smi, optionally gzipped as .pdb.gz etc.)");
            return new StructureReader(source, format, options,
                    new InputStreamReader(InputFormat.open(file), StandardCharsets.ISO_8859_1));
        } catch (NoSuchFileException e) {
            throw new StructureInputException(source + ": no such file");
        } catch (IOException e) {
            throw new StructureInputException(source + ": cannot read: " + e.getMessage());
        }
    }

    /** One record from a SMILES string (hydrogens added, 3-D coordinates generated). */
    public static StructureReader ofSmiles(String smiles, ReadOptions options) {
        return new StructureReader(SMILES_SOURCE, InputFormat.SMILES, options, new StringReader(smiles));
    }

    /** Reads text in the given format (for tests and embedded use); source names it in messages. */
    public static StructureReader ofText(String text, InputFormat format, String source, ReadOptions options) {
        return new StructureReader(source, format, options, new StringReader(text));
    }

    /**
     * Whether text that names no existing file should be read as SMILES: it has no structure-file
     * extension and CDK can parse it.
     */
    public static boolean looksLikeSmiles(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.contains(" ") || InputFormat.byExtension(t) != null) return false;
        return SmilesFormatReader.parse(t) != null;
    }

    public String source() { return source; }
    public InputFormat format() { return format; }
    /** Records returned so far. */
    public int recordsRead() { return produced; }
    /** The message for an input that held no records: "file.sdf: no structures found". */
    public String noStructuresMessage() { return source + ": no structures found"; }

    /** The records as a sequential stream (closing the stream closes the reader). */
    public Stream<Record> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> { try { close(); } catch (IOException e) { throw new UncheckedIOException(e); } });
    }

    @Override
    public boolean hasNext() {
        if (!pending.isEmpty()) return true;
        if (finished) return false;
        try {
            readMore();
        } catch (IOException e) {
            pending.add(Record.failed(source, produced + pending.size() + 1, "", "read error: " + e.getMessage()));
            finished = true;
        }
        return !pending.isEmpty();
    }

    @Override
    public Record next() {
        if (!hasNext()) throw new NoSuchElementException();
        produced++;
        return pending.poll();
    }

    @Override public void close() throws IOException { lines.close(); }

    // ---------------------------------------------------------------------------------------------

    private void readMore() throws IOException {
        while (pending.isEmpty() && !finished) {
            List<Record> found = new ArrayList<>(1);
            try {
                finished = !reader.read(lines, found);
            } catch (LineSource.NotTextException e) {
                found.add(Record.failed(source, recordsSeen(found) + 1, "", e.getMessage()));
                finished = true;
            }
            pending.addAll(found);
        }
    }

    private int recordsSeen(List<Record> found) {
        return produced + pending.size() + found.size();
    }
}

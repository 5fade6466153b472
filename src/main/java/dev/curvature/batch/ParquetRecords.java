package dev.curvature.batch;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records from a Parquet file with a SMILES or a molblock column (and optionally a name column):
 * each row is one record, numbered from 1 in file order. The driver reads only the footer (to pick
 * the columns); executors read just those columns, row group by row group.
 */
final class ParquetRecords {
    private ParquetRecords() {}

    /** Column names recognised without --smiles-column / --molblock-column (any case). */
    static final List<String> SMILES_NAMES = List.of("smiles", "smi", "canonical_smiles", "isomeric_smiles");
    static final List<String> MOLBLOCK_NAMES = List.of("molblock", "mol_block", "molfile", "mol", "ctab");
    static final List<String> NAME_NAMES = List.of("name", "title", "id", "compound_id", "mol_id");

    /** What to read from a file: the record format ("smi" or "sdf"), its column, the name column (or null). */
    record Columns(String format, String column, String nameColumn) {}

    /** Picks the columns from the file's schema (the footer only). */
    static Columns columns(Path file, String smilesColumn, String molblockColumn) throws IOException, InputPlanner.InputException {
        MessageType schema;
        try (ParquetFileReader r = open(file.toString())) {
            schema = r.getFooter().getFileMetaData().getSchema();
        } catch (RuntimeException e) {
            throw new InputPlanner.InputException(file + ": not a readable Parquet file (" + e.getMessage() + ")");
        }
        List<String> names = new ArrayList<>();
        for (Type t : schema.getFields()) names.add(t.getName());
        String format, column;
        if (smilesColumn != null) { format = "smi"; column = find(schema, file, List.of(smilesColumn), true); }
        else if (molblockColumn != null) { format = "sdf"; column = find(schema, file, List.of(molblockColumn), true); }
        else if ((column = find(schema, file, SMILES_NAMES, false)) != null) format = "smi";
        else if ((column = find(schema, file, MOLBLOCK_NAMES, false)) != null) format = "sdf";
        else throw new InputPlanner.InputException(file + ": no SMILES or molblock column among " + names
                    + " (name one with --smiles-column or --molblock-column)");
        String name = find(schema, file, NAME_NAMES, false);
        return new Columns(format, column, column.equals(name) ? null : name);
    }

    /** The first field named like one of the candidates, or null (or an error if required). */
    private static String find(MessageType schema, Path file, List<String> candidates, boolean required) throws InputPlanner.InputException {
        for (String c : candidates)
            for (Type t : schema.getFields())
                if (t.getName().equalsIgnoreCase(c)) {
                    if (!t.isPrimitive() || t.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY
                            || t.isRepetition(Type.Repetition.REPEATED))
                        throw new InputPlanner.InputException(file + ": column " + t.getName() + " is not a string column");
                    return t.getName();
                }
        if (required) throw new InputPlanner.InputException(file + ": no column " + candidates.get(0));
        return null;
    }

    /**
     * Row-group ranges [first, last) of about {@code chunkBytes} compressed bytes each (at least one
     * row group), from the footer: the unit a large Parquet input is cut into.
     */
    static List<long[]> rowGroupRanges(Path file, long chunkBytes) throws IOException {
        List<long[]> ranges = new ArrayList<>();
        try (ParquetFileReader r = open(file.toString())) {
            List<BlockMetaData> blocks = r.getFooter().getBlocks();
            int first = 0;
            long bytes = 0;
            for (int k = 0; k < blocks.size(); k++) {
                bytes += blocks.get(k).getCompressedSize();
                if (bytes >= chunkBytes || k == blocks.size() - 1) {
                    ranges.add(new long[] {first, k + 1});
                    first = k + 1;
                    bytes = 0;
                }
            }
        }
        if (ranges.isEmpty()) ranges.add(new long[] {0, 0});
        return ranges;
    }

    /** Rows in the chunk's row groups (from the footer). */
    static int count(InputChunk chunk) throws IOException {
        long n = 0;
        try (ParquetFileReader r = open(chunk.file())) {
            List<BlockMetaData> blocks = r.getFooter().getBlocks();
            for (long k = chunk.start(); k < Math.min(chunk.end(), blocks.size()); k++) n += blocks.get((int) k).getRowCount();
        }
        return Math.toIntExact(n);
    }

    /**
     * A cursor over the chunk's rows, each as the text of one record ("SMILES name", or the molblock
     * ending in $$$$): only the chunk's row groups are read, one at a time, and only the needed columns.
     */
    static RecordCursor open(InputChunk chunk) throws IOException {
        ParquetFileReader r = open(chunk.file());
        try {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            List<Type> fields = new ArrayList<>(List.of(schema.getType(chunk.column())));
            if (chunk.nameColumn() != null) fields.add(schema.getType(chunk.nameColumn()));
            MessageType projection = new MessageType(schema.getName(), fields);
            r.setRequestedSchema(projection);
            for (long k = 0; k < chunk.start(); k++) r.skipNextRowGroup();
            return new RowCursor(r, projection, chunk.format(), chunk.end() - chunk.start());
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** Reads rows from the reader's current row group on, for {@code groups} row groups. */
    private static final class RowCursor implements RecordCursor {
        private final ParquetFileReader reader;
        private final MessageType projection;
        private final org.apache.parquet.io.MessageColumnIO io;
        private final String format;
        private long groupsLeft;
        private RecordReader<Group> rows;
        private long rowsLeft;

        RowCursor(ParquetFileReader reader, MessageType projection, String format, long groups) {
            this.reader = reader;
            this.projection = projection;
            this.io = new ColumnIOFactory().getColumnIO(projection);
            this.format = format;
            this.groupsLeft = groups;
        }

        @Override
        public String next() throws IOException {
            while (rowsLeft == 0) {
                if (groupsLeft <= 0) return null;
                PageReadStore pages = reader.readNextRowGroup();
                if (pages == null) { groupsLeft = 0; return null; }
                groupsLeft--;
                rows = io.getRecordReader(pages, new GroupRecordConverter(projection));
                rowsLeft = pages.getRowCount();
            }
            rowsLeft--;
            Group g = rows.read();
            String value = g.getFieldRepetitionCount(0) == 0 ? "" : g.getString(0, 0);
            String name = projection.getFieldCount() > 1 && g.getFieldRepetitionCount(1) > 0 ? g.getString(1, 0) : null;
            return text(format, value, name);
        }

        @Override public void close() throws IOException { reader.close(); }
    }

    private static String text(String format, String value, String name) {
        if (format.equals("smi")) {
            String smiles = value.strip();
            return name == null || name.isBlank() ? smiles : smiles + " " + name.strip();
        }
        String block = value.endsWith("\n") ? value : value + "\n";
        if (name != null && !name.isBlank() && !block.isEmpty()) {
            // the name column names the record where the molblock's own title line is empty
            int eol = block.indexOf('\n');
            if (block.substring(0, eol).isBlank()) block = name.strip() + block.substring(eol);
        }
        return block.strip().endsWith("$$$$") ? block : block + "$$$$\n";
    }

    private static ParquetFileReader open(String file) throws IOException {
        return ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(Path.of(file).toUri()), new Configuration()));
    }

    static boolean isParquet(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }
}

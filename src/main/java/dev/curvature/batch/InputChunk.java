package dev.curvature.batch;

import java.io.Serializable;

/**
 * A record-aligned slice of one input file, the unit of work of a batch: it owns the records whose
 * first byte lies in [start, end). A gzipped file cannot be split, so it is one chunk
 * ({@code start = 0, end = Long.MAX_VALUE}); a Parquet chunk owns the row groups [start, end).
 * Chunks are numbered in plan order; the number names
 * the chunk's output partition, so a rerun recognises what is already committed.
 *
 * @param id     position in the plan (stable for the same inputs and chunk size)
 * @param file   absolute path of the input file
 * @param format the record format: "sdf", "mol2" or "smi" (for Parquet: that of the column's text)
 * @param column     Parquet: the column holding each record's SMILES or molblock; null for text files
 * @param nameColumn Parquet: the column naming each record, or null
 */
public record InputChunk(int id, String file, String format, long start, long end, boolean gzipped,
                         String column, String nameColumn) implements Serializable {

    /** A chunk of a text file. */
    public InputChunk(int id, String file, String format, long start, long end, boolean gzipped) {
        this(id, file, format, start, end, gzipped, null, null);
    }

    /** Whether the chunk is a Parquet file (read by column, one row per record). */
    public boolean parquet() { return column != null; }

    /** The output partition directory name of this chunk, e.g. {@code chunk=00042}. */
    public String partitionName() { return BatchLayout.CHUNK_COLUMN + "=" + id; }
}

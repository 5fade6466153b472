package dev.curvature.batch;

import java.io.Serializable;

/**
 * A record-aligned slice of one input file, the unit of work of a batch: it owns the records whose
 * first byte lies in [start, end). A gzipped file cannot be split, so it is one chunk
 * ({@code start = 0, end = Long.MAX_VALUE}). Chunks are numbered in plan order; the number names
 * the chunk's output partition, so a rerun recognises what is already committed.
 *
 * @param id     position in the plan (stable for the same inputs and chunk size)
 * @param file   absolute path of the input file
 * @param format the record format: "sdf", "mol2" or "smi"
 */
public record InputChunk(int id, String file, String format, long start, long end, boolean gzipped) implements Serializable {

    /** The output partition directory name of this chunk, e.g. {@code chunk=00042}. */
    public String partitionName() { return BatchLayout.CHUNK_COLUMN + "=" + id; }
}

package dev.curvature.batch;

import java.io.IOException;

/**
 * Pulls a chunk's records one at a time, so an executor holds one record's text (and one output
 * row) at a time however large the chunk: a gzipped file or a Parquet row group of 10⁵ records is
 * streamed, never loaded whole.
 */
interface RecordCursor extends AutoCloseable {
    /** The next record's text, or null after the chunk's last record. */
    String next() throws IOException;

    @Override
    void close() throws IOException;
}

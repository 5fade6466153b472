package dev.curvature.io;

import java.io.IOException;
import java.util.List;

/** Reads the records of one structure format from lines. One instance per input (it may keep state). */
interface FormatReader {
    /**
     * Reads on from the lines and adds the record(s) found to out (a bad record becomes a failed
     * {@link Record}; the reader then goes on to the next one where the format allows).
     *
     * @return false once the input holds no more records
     */
    boolean read(LineSource in, List<Record> out) throws IOException;
}

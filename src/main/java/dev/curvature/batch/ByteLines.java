package dev.curvature.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file line by line as raw bytes while tracking each line's byte offset, so records can be
 * cut at byte positions without decoding the whole file. Lines keep no terminator; a CR before
 * the LF is dropped. Text is decoded (UTF-8) only for the records kept.
 */
final class ByteLines implements AutoCloseable {
    private final InputStream in;
    private long position;      // offset of the next unread byte
    private byte[] line = new byte[256];
    private int length;
    private long lineStart;
    private boolean eof;

    private ByteLines(InputStream in, long position) {
        this.in = in;
        this.position = position;
    }

    /** Lines of a plain file starting at byte {@code offset} (which should be a line start). */
    static ByteLines plain(String file, long offset) throws IOException {
        RandomAccessFile raf = new RandomAccessFile(file, "r");
        raf.seek(offset);
        return new ByteLines(new BufferedInputStream(Channels.newInputStream(raf.getChannel()), 1 << 16), offset);
    }

    /** Lines of a gzipped file from its beginning (offsets count uncompressed bytes). */
    static ByteLines gzipped(String file) throws IOException {
        return new ByteLines(new GZIPInputStream(new java.io.FileInputStream(file), 1 << 16), 0);
    }

    /** Reads the next line; false at the end of the file. */
    boolean next() throws IOException {
        if (eof) return false;
        lineStart = position;
        length = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            position++;
            if (b == '\n') break;
            if (length == line.length) line = Arrays.copyOf(line, 2 * length);
            line[length++] = (byte) b;
        }
        if (b < 0) eof = true;
        if (!any) return false;
        if (length > 0 && line[length - 1] == '\r') length--;
        return true;
    }

    /** Byte offset of the current line's first byte. */
    long lineStart() { return lineStart; }

    /** Byte offset just after the current line (and its terminator). */
    long nextLineStart() { return position; }

    /** The current line as ISO-8859-1 text (byte-exact, for boundary tests). */
    String latin1() { return new String(line, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1); }

    /** The current line's bytes (valid until the next call). */
    byte[] bytes() { return line; }

    int length() { return length; }

    /**
     * Offset of the first line start at or after {@code offset} in a plain file: 0, or the byte after
     * the first LF at or after offset − 1.
     */
    static long firstLineStartAtOrAfter(String file, long offset) throws IOException {
        if (offset <= 0) return 0;
        try (RandomAccessFile raf = new RandomAccessFile(file, "r")) {
            raf.seek(offset - 1);
            InputStream in = new BufferedInputStream(Channels.newInputStream(raf.getChannel()), 1 << 14);
            long p = offset - 1;
            int b;
            while ((b = in.read()) >= 0) {
                p++;
                if (b == '\n') return p;
            }
            return p; // end of file
        }
    }

    /** Offset of the start of the line that contains byte {@code offset} (scanning backwards). */
    static long lineStartOf(String file, long offset) throws IOException {
        if (offset <= 0) return 0;
        try (RandomAccessFile raf = new RandomAccessFile(file, "r")) {
            byte[] buf = new byte[4096];
            long end = offset; // search [.., end) backwards for '\n'
            while (end > 0) {
                int n = (int) Math.min(buf.length, end);
                raf.seek(end - n);
                raf.readFully(buf, 0, n);
                for (int k = n - 1; k >= 0; k--)
                    if (buf[k] == '\n' && end - n + k < offset) return end - n + k + 1;
                end -= n;
            }
            return 0;
        }
    }

    @Override public void close() throws IOException { in.close(); }
}

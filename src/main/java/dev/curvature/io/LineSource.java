package dev.curvature.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text input with their numbers, one line of push-back, and bounded memory: a line
 * longer than {@link #MAX_LINE_CHARS} or holding NUL characters (binary data, /dev/zero) ends the
 * input with a {@link NotTextException} instead of growing without limit.
 */
public final class LineSource implements Closeable {
    /** Longest line accepted (characters): far beyond any structure format, small next to the heap. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    /** The input is not line-oriented text; the message names the line. */
    public static final class NotTextException extends IOException {
        NotTextException(String message) { super(message); }
    }

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position, limit;
    private String pushedBack;
    private int lineNumber;

    public LineSource(Reader in) { this.in = in; }

    /** The next line without its terminator (\n, \r\n), or null at the end of the input. */
    public String next() throws IOException {
        if (pushedBack != null) {
            String l = pushedBack;
            pushedBack = null;
            lineNumber++;
            return l;
        }
        StringBuilder line = null;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (line == null) return null;
                    return finish(line);
                }
            }
            if (line == null) line = new StringBuilder(80);
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                if (buffer[position] == '\0')
                    throw new NotTextException("line " + (lineNumber + 1) + " holds binary data (NUL characters): not a text structure file");
                position++;
            }
            line.append(buffer, start, position - start);
            if (line.length() > MAX_LINE_CHARS)
                throw new NotTextException("line " + (lineNumber + 1) + " is longer than " + MAX_LINE_CHARS + " characters: not a structure file");
            if (position < limit) { // found the newline
                position++;
                return finish(line);
            }
        }
    }

    private String finish(StringBuilder line) {
        lineNumber++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') end--;
        return line.substring(0, end);
    }

    /** Makes the line just read the next one again. */
    public void pushBack(String line) {
        pushedBack = line;
        lineNumber--;
    }

    /** The number (from 1) of the line last returned by {@link #next()}. */
    public int lineNumber() { return lineNumber; }

    @Override public void close() throws IOException { in.close(); }
}

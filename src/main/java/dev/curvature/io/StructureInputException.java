package dev.curvature.io;

/** An input cannot be read at all (missing file, unknown format, empty input). One-line message. */
public class StructureInputException extends Exception {
    public StructureInputException(String message) { super(message); }
    public StructureInputException(String message, Throwable cause) { super(message, cause); }
}

package dev.curvature.io.crystal;

/** A crystal file that does not parse; the message names the line or site (the file is added by the caller). */
final class CrystalFormatException extends Exception {
    CrystalFormatException(String message) { super(message); }

    static CrystalFormatException at(int lineNumber, String message) {
        return new CrystalFormatException("line " + lineNumber + ": " + message);
    }
}

package dev.curvature.io;

import dev.curvature.structure.Structure;

import java.util.List;

/**
 * One record of an input: either a {@link Structure} (possibly with warnings) or a one-line error.
 * Records are numbered from 1 in the order they appear in their source.
 */
public final class Record {
    private final String source;
    private final int number;
    private final String title;
    private final Structure structure;
    private final String error;
    private final List<String> warnings;
    private final boolean missingHydrogens;

    private Record(String source, int number, String title, Structure structure, String error,
                   List<String> warnings, boolean missingHydrogens) {
        this.source = source;
        this.number = number;
        this.title = title == null ? "" : title.strip();
        this.structure = structure;
        this.error = error;
        this.warnings = List.copyOf(warnings);
        this.missingHydrogens = missingHydrogens;
    }

    static Record ok(String source, int number, Structure structure, List<String> warnings, boolean missingHydrogens) {
        return new Record(source, number, structure.name(), structure, null, warnings, missingHydrogens);
    }

    /** This record with one more warning (records are immutable). */
    Record withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new Record(source, number, title, structure, error, w, missingHydrogens);
    }

    static Record failed(String source, int number, String title, String reason) {
        return new Record(source, number, title, null, oneLine(reason), List.of(), false);
    }

    public boolean isOk() { return structure != null; }
    /** The file name (or "SMILES") the record came from. */
    public String source() { return source; }
    /** 1-based position of the record in its source. */
    public int number() { return number; }
    public String title() { return title; }
    /** The structure, or null if the record failed. */
    public Structure structure() { return structure; }
    /** The reason the record failed (without location), or null. */
    public String reason() { return error; }

    /**
     * True if the structure lacks hydrogens that its chemistry needs (heavy atoms only, or implicit
     * hydrogen counts in the file), i.e. energies of it are meaningless until hydrogens are added.
     */
    public boolean missingHydrogens() { return missingHydrogens; }

    /** Warnings about a structure that was read (each one line, without location). */
    public List<String> warnings() { return warnings; }

    /** "file.sdf: record 3 (NAME)" — where this record is, for messages. */
    public String location() {
        return source + ": record " + number + (title.isEmpty() ? "" : " (" + title + ")");
    }

    /** The full one-line error message, e.g. "file.sdf: record 3 (NAME): unknown element 'Xx'". */
    public String errorMessage() {
        return error == null ? null : location() + ": " + error;
    }

    static String oneLine(String s) {
        if (s == null || s.isBlank()) return "unreadable record";
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
    }

    @Override public String toString() { return isOk() ? location() + ": " + structure : errorMessage(); }
}

package dev.curvature.model;

import java.util.List;

/** A model cannot describe a structure; the message names the offending atoms (1-based). */
public class UnsupportedStructureException extends Exception {
    private final List<Integer> atoms;

    public UnsupportedStructureException(String message, List<Integer> atomIndices) {
        super(message);
        this.atoms = List.copyOf(atomIndices);
    }

    public UnsupportedStructureException(String message) {
        this(message, List.of());
    }

    /** 0-based indices of the atoms at fault (may be empty). */
    public List<Integer> atoms() { return atoms; }
}

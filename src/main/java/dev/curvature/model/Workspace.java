package dev.curvature.model;

/**
 * Scratch state a potential may keep between evaluations at nearby geometries (neighbour lists,
 * SCF guesses, work arrays). Made by {@link Potential#newWorkspace()}, owned by one caller (one
 * thread) at a time, and opaque to it: results never depend on what it holds, only cost does. The
 * bound potential itself stays immutable.
 */
public interface Workspace {
    /** For potentials that keep nothing between calls. */
    Workspace NONE = new Workspace() {};
}

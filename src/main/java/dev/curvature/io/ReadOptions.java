package dev.curvature.io;

/**
 * How to read structures.
 *
 * @param addHydrogens add the hydrogens a structure lacks (heavy-atom-only input or implicit
 *                     hydrogen counts) and place them in 3-D
 */
public record ReadOptions(boolean addHydrogens) {
    public static final ReadOptions DEFAULT = new ReadOptions(false);
}

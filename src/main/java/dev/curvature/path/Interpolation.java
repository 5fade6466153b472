package dev.curvature.path;

/** How the first band between two ends is made. */
public enum Interpolation {
    /** Straight lines in Cartesian coordinates (after superposing the ends). */
    LINEAR,
    /**
     * Image-dependent pair potential: each image relaxed towards interatomic distances interpolated
     * between the ends, which keeps atoms from passing through each other as straight lines do.
     */
    IDPP
}

package dev.curvature.structure;

/**
 * A bond between atoms {@code i < j} (0-based). Order is 1, 2, 3, or {@link #AROMATIC} for a bond
 * given as aromatic without a Kekulé form.
 */
public record Bond(int i, int j, int order) {
    public static final int AROMATIC = 4;

    public Bond {
        if (i == j) throw new IllegalArgumentException("bond from atom " + (i + 1) + " to itself");
        if (i > j) { int t = i; i = j; j = t; }
        if (order < 1 || order > 4) throw new IllegalArgumentException("bond order " + order + " not in 1..4");
    }

    public int other(int atom) {
        if (atom == i) return j;
        if (atom == j) return i;
        throw new IllegalArgumentException("atom " + atom + " not in bond " + this);
    }
}

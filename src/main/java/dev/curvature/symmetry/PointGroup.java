package dev.curvature.symmetry;

/**
 * A molecular point group: its Schoenflies label ("C2v", "D6h", "Td", "C∞v" written "Cinfv" and
 * "D∞h" written "Dinfh" in ASCII) and the rotational symmetry number σ (the order of its
 * subgroup of proper rotations, as used in rotational partition functions: C∞v 1, D∞h 2).
 */
public record PointGroup(String schoenflies, int symmetryNumber) {

    /** Point group of an isolated atom (the full rotation-reflection group). */
    public static final PointGroup ATOM = new PointGroup("Kh", 1);
    public static final PointGroup C_INF_V = new PointGroup("Cinfv", 1);
    public static final PointGroup D_INF_H = new PointGroup("Dinfh", 2);

    public boolean isLinear() { return schoenflies.contains("inf"); }

    static PointGroup cyclic(String prefix, int n, String suffix) {
        return new PointGroup(prefix + n + suffix, n);
    }

    static PointGroup dihedral(int n, String suffix) {
        return new PointGroup("D" + n + suffix, 2 * n);
    }

    @Override public String toString() { return schoenflies + " (σ = " + symmetryNumber + ")"; }
}

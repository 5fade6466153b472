package dev.curvature.ml.descriptor;

import java.util.List;

/**
 * The layout of the per-atom features of a central atom: two-body radial sums per neighbour
 * element, G2(t, n) = Σ_{j∈t} f_n(r_ij), then three-body terms per unordered neighbour-element
 * pair, G3(t1 ≤ t2, n, n', l) = Σ_{j<k} f_n(r_ij) f_n'(r_ik) P_l(cos θ_jik), symmetrised in (n, n')
 * when t1 = t2 (so only n ≤ n' are independent). Radial (size) and angular (lmax) orders improve the
 * basis systematically; this is the atomic cluster expansion truncated at body order 3 with the
 * angular part written through the addition theorem.
 *
 * @param elements   element symbols in model order
 * @param cutoff     Å
 * @param radial2    number of two-body radial functions
 * @param radial3    number of three-body radial functions
 * @param lmax       highest Legendre order of the angular part
 * @param quadratic  whether the energy is also quadratic in each atom's features (as qSNAP):
 *                   E_i = e0 + Σ_f c_f G_f + Σ_{f≤g} q_fg G_f G_g, still linear in the parameters
 */
public record BasisSpec(List<String> elements, double cutoff, int radial2, int radial3, int lmax, boolean quadratic) {
    /** A linear model's basis. */
    public BasisSpec(List<String> elements, double cutoff, int radial2, int radial3, int lmax) {
        this(elements, cutoff, radial2, radial3, lmax, false);
    }

    public BasisSpec {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) throw new IllegalArgumentException("a basis needs at least one element");
        if (!(cutoff > 0)) throw new IllegalArgumentException("cutoff must be positive, got " + cutoff);
        if (radial2 < 1 || radial3 < 0 || lmax < 0) throw new IllegalArgumentException("basis sizes must be positive");
    }

    public int species() { return elements.size(); }

    /** Index of the unordered element pair t1 ≤ t2. */
    public int pairIndex(int t1, int t2) {
        int a = Math.min(t1, t2), b = Math.max(t1, t2), s = species();
        return a * s - a * (a - 1) / 2 + (b - a);
    }

    /** Radial-pair count of pair (t1, t2): n ≤ n' when equal, all otherwise. */
    public int radialPairs(int t1, int t2) { return t1 == t2 ? radial3 * (radial3 + 1) / 2 : radial3 * radial3; }

    /** First feature of two-body neighbour element t. */
    public int twoBodyOffset(int t) { return t * radial2; }

    /** First feature of the three-body block of unordered pair (t1, t2). */
    public int threeBodyOffset(int t1, int t2) {
        int a = Math.min(t1, t2), b = Math.max(t1, t2), o = species() * radial2;
        for (int x = 0; x < species(); x++)
            for (int y = x; y < species(); y++) {
                if (x == a && y == b) return o;
                o += radialPairs(x, y) * (lmax + 1);
            }
        throw new IllegalArgumentException("no element pair " + t1 + ", " + t2);
    }

    /** Features per central atom. */
    public int featureCount() {
        int s = species(), f = s * radial2;
        for (int x = 0; x < s; x++) for (int y = x; y < s; y++) f += radialPairs(x, y) * (lmax + 1);
        return f;
    }

    /** Quadratic products G_f G_g (f ≤ g) per central element: 0 for a linear model. */
    public int quadraticCount() { int k = featureCount(); return quadratic ? k * (k + 1) / 2 : 0; }

    /** Fitted columns per central element: the features, then (quadratic model) their products f ≤ g row by row. */
    public int columns() { return featureCount() + quadraticCount(); }

    /** Parameters: one reference energy per element plus {@link #columns()} per central element. */
    public int parameterCount() { return species() * (1 + columns()); }

    /** Radial-pair index of (n, n') within a pair block (n ≤ n' for equal elements). */
    public int radialPairIndex(boolean same, int n, int np) {
        if (!same) return n * radial3 + np;
        int a = Math.min(n, np), b = Math.max(n, np);
        return a * radial3 - a * (a - 1) / 2 + (b - a);
    }

    public int species(String symbol) { return elements.indexOf(symbol); }
}

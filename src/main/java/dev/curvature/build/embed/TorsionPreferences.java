package dev.curvature.build.embed;

/**
 * Torsion preferences for the 3-D refinement stage, after ETKDG's "experimental torsion" terms
 * (Riniker &amp; Landrum, J. Chem. Inf. Model. 2015, 55, 2562) reduced to the patterns that
 * matter most for a starting geometry the force field then finishes:
 * <ul>
 *   <li>sp³–sp³ single bonds: threefold, staggered (60°/180°);</li>
 *   <li>double bonds and single bonds between two conjugated atoms (not both aromatic, so that
 *       biaryls keep their twist): twofold, planar;</li>
 *   <li>esters and secondary amides: O=C–X–C onefold, Z (0°), the form the CSD overwhelmingly shows;</li>
 *   <li>cumulenes: the end groups of an allene (even number of cumulated double bonds)
 *       perpendicular, of a butatriene (odd) coplanar.</li>
 * </ul>
 * Bonds inside rings of up to 7 atoms are left to the ring geometry. Each pattern's barrier is
 * shared over the substituent pairs of its bond, so a bond's preference does not grow with the
 * number of hydrogens.
 */
final class TorsionPreferences {
    private TorsionPreferences() {}

    static final double STAGGERED = 0.4, PLANAR = 1.5, Z_ESTER_AMIDE = 1.0, CUMULENE = 1.5;

    static void addTo(Restraints r) {
        MoleculeGraph g = r.g;
        for (int j = 0; j < g.n; j++)
            for (int k : g.nb[j]) {
                if (k < j || g.isLinear(j) || g.isLinear(k)) continue;
                if (g.degree(j) < 2 || g.degree(k) < 2) continue;
                boolean inRing = g.smallestRingThroughBond(j, k, 7) > 0;
                int order = g.bondOrder(j, k);
                boolean aromatic = g.isAromaticBond(j, k);
                double share = 1.0 / ((g.degree(j) - 1) * (g.degree(k) - 1));
                if ((order == 2 && !aromatic) || (aromatic && inRing)) {
                    forEachQuad(r, j, k, PLANAR * share, 2, -1);
                } else if (inRing) {
                    continue;
                } else if (order == 1 && conjugated(g, j) && conjugated(g, k) && !(g.isAromatic(j) && g.isAromatic(k))) {
                    forEachQuad(r, j, k, PLANAR * share, 2, -1);
                    addZPreference(r, j, k);
                    addZPreference(r, k, j);
                } else if (order == 1 && g.degree(j) == 4 && g.degree(k) == 4) {
                    forEachQuad(r, j, k, STAGGERED * share, 3, 1);
                }
            }
        addCumulenes(r);
    }

    private static boolean conjugated(MoleculeGraph g, int a) {
        return g.isTrigonal(a) || (g.degree(a) == 2 && g.isPiAtom(a)) || ((g.z[a] == 8 || g.z[a] == 16) && g.degree(a) == 2);
    }

    private static void forEachQuad(Restraints r, int j, int k, double v, int n, int sign) {
        MoleculeGraph g = r.g;
        for (int i : g.nb[j]) {
            if (i == k) continue;
            for (int l : g.nb[k]) if (l != j && l != i) r.addTorsion(i, j, k, l, v, n, sign);
        }
    }

    /** c(=O)-x-y with c a carbonyl carbon and x an ester O or amide N: O and y cis. */
    private static void addZPreference(Restraints r, int c, int x) {
        MoleculeGraph g = r.g;
        if (g.z[c] != 6 || !(g.z[x] == 8 || g.z[x] == 7)) return;
        int oxo = -1;
        for (int o : g.nb[c]) if (g.z[o] == 8 && g.bondOrder(c, o) == 2) oxo = o;
        if (oxo < 0) return;
        int heavy = 0, y = -1;
        for (int a : g.nb[x]) if (a != c && g.z[a] != 1) { heavy++; y = a; }
        if (heavy != 1) return; // tertiary amides have no single preferred side
        r.addTorsion(oxo, c, x, y, Z_ESTER_AMIDE, 1, -1);
    }

    /** Ends of each cumulene chain A=X=...=D: perpendicular for an even number of double bonds, planar for odd. */
    private static void addCumulenes(Restraints r) {
        MoleculeGraph g = r.g;
        for (int a = 0; a < g.n; a++) {
            if (g.isLinear(a) || g.degree(a) < 2) continue;
            for (int x : g.nb[a]) {
                if (g.bondOrder(a, x) != 2 || !g.isLinear(x) || g.doubleBondCount(x) != 2) continue;
                int prev = a, cur = x, doubles = 1;
                while (g.isLinear(cur) && g.doubleBondCount(cur) == 2) {
                    int next = g.nb[cur][0] == prev ? g.nb[cur][1] : g.nb[cur][0];
                    prev = cur; cur = next; doubles++;
                }
                int d = cur;
                if (d < a || g.degree(d) < 2) continue; // each chain once, from its lower end
                double share = 1.0 / ((g.degree(a) - 1) * (g.degree(d) - 1));
                int sign = doubles % 2 == 0 ? 1 : -1;
                for (int i : g.nb[a]) {
                    if (i == x) continue;
                    for (int l : g.nb[d]) if (l != prev) r.addTorsion(i, a, d, l, CUMULENE * share, 2, sign);
                }
            }
        }
    }
}

package dev.curvature.build.embed;

import dev.curvature.structure.Structure;

import java.util.Arrays;
import java.util.Locale;

/**
 * "Never two atoms closer than a bond allows", made testable. Two atoms that are not bonded clash
 * when they are
 * <ul>
 *   <li>two bonds apart (1-3) and closer than the sum of their single-bond covalent radii
 *       (Pyykkö), i.e. as close as a bond between them would be;</li>
 *   <li>three or more bonds apart (or in different molecules) and closer than
 *       {@value #CONTACT_FRACTION} of the sum of their Bondi van der Waals radii (H···H 1.44 Å,
 *       C···C 2.04 Å, O···H 1.63 Å: below any intramolecular contact or hydrogen bond in a
 *       minimised structure), except</li>
 *   <li>a hydrogen bond, H on N/O/S to an N/O/F acceptor: a clash only below
 *       {@value #HYDROGEN_BOND_LIMIT} Å (MMFF94 salt bridges in zwitterions reach 1.4 Å in the gas
 *       phase; an O–H bond is 0.97 Å);</li>
 *   <li>a free metal ion (no bonds in the input) and any atom: a clash only below
 *       {@value #ION_FRACTION} of the sum of covalent radii, because ions coordinate water or ligands at bond-like distances
 *       (Mg²⁺···O 1.9–2.1 Å).</li>
 * </ul>
 * Pairs are swept along x, so the check is O(N log N) for compact molecules.
 */
public final class ClashCriterion {
    public static final double CONTACT_FRACTION = 0.6;
    public static final double HYDROGEN_BOND_LIMIT = 1.2;
    public static final double ION_FRACTION = 0.8;

    private ClashCriterion() {}

    /** A description of the first clash found ("atoms 3 (H) and 7 (H) 0.13 Å apart, ..."), or null. */
    public static String firstClash(Structure s) {
        int n = s.atomCount();
        int[][] nb = s.neighbours();
        double[] x = s.positions();
        Integer[] order = new Integer[n];
        for (int a = 0; a < n; a++) order[a] = a;
        Arrays.sort(order, (p, q) -> Double.compare(x[3 * p], x[3 * q]));
        double maxReach = 0;
        for (int a = 0; a < n; a++) maxReach = Math.max(maxReach, reach(s.atomicNumber(a)));
        for (int p = 0; p < n; p++) {
            int a = order[p];
            for (int q = p + 1; q < n; q++) {
                int b = order[q];
                double dx = x[3 * b] - x[3 * a];
                if (dx > 2 * maxReach) break;
                double dy = x[3 * b + 1] - x[3 * a + 1], dz = x[3 * b + 2] - x[3 * a + 2];
                double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                if (d > 2 * maxReach) continue;
                int sep = separation(nb, a, b);
                if (sep == 1) continue;
                double limit = sep == 2
                        ? IdealGeometry.covalentRadius(s.atomicNumber(a)) + IdealGeometry.covalentRadius(s.atomicNumber(b))
                        : CONTACT_FRACTION * (IdealGeometry.vdwRadius(s.atomicNumber(a)) + IdealGeometry.vdwRadius(s.atomicNumber(b)));
                if (sep == 3 && hydrogenBond(s, nb, a, b)) limit = HYDROGEN_BOND_LIMIT;
                if (sep == 3 && (freeMetalIon(s, nb, a) || freeMetalIon(s, nb, b)))
                    limit = ION_FRACTION * (IdealGeometry.covalentRadius(s.atomicNumber(a)) + IdealGeometry.covalentRadius(s.atomicNumber(b)));
                if (d < limit)
                    return String.format(Locale.ROOT, "atoms %d (%s) and %d (%s) are %.2f Å apart (%s limit %.2f Å)",
                            Math.min(a, b) + 1, s.element(Math.min(a, b)), Math.max(a, b) + 1, s.element(Math.max(a, b)), d,
                            sep == 2 ? "1-3" : "non-bonded", limit);
            }
        }
        return null;
    }

    private static boolean freeMetalIon(Structure s, int[][] nb, int a) {
        int z = s.atomicNumber(a);
        boolean metal = z == 3 || z == 4 || z == 11 || z == 12 || z == 13 || (z >= 19 && z <= 31) || (z >= 37 && z <= 50)
                || (z >= 55 && z <= 84);
        return metal && nb[a].length == 0;
    }

    private static boolean hydrogenBond(Structure s, int[][] nb, int a, int b) {
        if (s.atomicNumber(b) == 1) { int t = a; a = b; b = t; }
        if (s.atomicNumber(a) != 1 || nb[a].length != 1) return false;
        int donor = s.atomicNumber(nb[a][0]), acceptor = s.atomicNumber(b);
        return (donor == 7 || donor == 8 || donor == 16) && (acceptor == 7 || acceptor == 8 || acceptor == 9);
    }

    private static double reach(int z) {
        return Math.max(IdealGeometry.covalentRadius(z), CONTACT_FRACTION * IdealGeometry.vdwRadius(z));
    }

    /** 1 bonded, 2 sharing a neighbour, 3 otherwise. */
    private static int separation(int[][] nb, int a, int b) {
        for (int x : nb[a]) {
            if (x == b) return 1;
        }
        for (int x : nb[a]) for (int y : nb[x]) if (y == b) return 2;
        return 3;
    }
}

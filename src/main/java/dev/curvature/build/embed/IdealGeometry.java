package dev.curvature.build.embed;

/**
 * Target bond lengths, bond angles and contact radii from the connectivity alone.
 *
 * <p>Bond lengths: sums of the single-, double- and triple-bond covalent radii of Pyykkö and
 * Atsumi (Chem. Eur. J. 2009, 15, 186 and 12770); aromatic bonds use the mean of single and
 * double; X–H bonds use radius 0.32 for H. Contact radii: Bondi (J. Phys. Chem. 1964, 68, 441),
 * 1.2 Å for H. Angles: 180° at linear, 120° at trigonal and 109.47° at tetrahedral centres, the
 * regular-polygon angle inside 3- to 6-membered rings (sp³ 5-rings 104.5°), the remainder
 * shared equally by the exocyclic angles of a planar ring atom. These are starting targets for
 * distance geometry; the force-field cleanup sets the final values.
 */
final class IdealGeometry {
    private IdealGeometry() {}

    // Pyykkö–Atsumi radii (Å): single, double, triple, indexed by atomic number; 0 = not tabulated.
    private static final double[][] RADII = new double[87][];
    static {
        put(1, 0.32, 0.32, 0.32); put(3, 1.33, 1.24, 1.24); put(5, 0.85, 0.78, 0.73); put(6, 0.75, 0.67, 0.60);
        put(7, 0.71, 0.60, 0.54); put(8, 0.63, 0.57, 0.53); put(9, 0.64, 0.59, 0.53); put(11, 1.55, 1.60, 1.60);
        put(12, 1.39, 1.32, 1.27); put(13, 1.26, 1.13, 1.11); put(14, 1.16, 1.07, 1.02); put(15, 1.11, 1.02, 0.94);
        put(16, 1.03, 0.94, 0.95); put(17, 0.99, 0.95, 0.93); put(19, 1.96, 1.93, 1.93); put(20, 1.71, 1.47, 1.33);
        put(26, 1.16, 1.09, 1.02); put(27, 1.11, 1.03, 0.96); put(28, 1.10, 1.01, 1.01); put(29, 1.12, 1.15, 1.20);
        put(30, 1.18, 1.20, 1.20); put(33, 1.21, 1.14, 1.06); put(34, 1.16, 1.07, 1.07); put(35, 1.14, 1.09, 1.10);
        put(50, 1.40, 1.30, 1.32); put(51, 1.40, 1.33, 1.27); put(52, 1.36, 1.28, 1.21); put(53, 1.33, 1.29, 1.25);
    }

    private static void put(int z, double s, double d, double t) { RADII[z] = new double[]{s, d, t}; }

    static double covalentRadius(int z, int order) {
        double[] r = z < RADII.length ? RADII[z] : null;
        if (r == null) return z <= 2 ? 0.46 : z <= 10 ? 0.75 : z <= 18 ? 1.1 : 1.35;
        return r[Math.max(1, Math.min(order, 3)) - 1];
    }

    /** Single-bond covalent radius, the scale of the clash criterion. */
    static double covalentRadius(int z) { return covalentRadius(z, 1); }

    static double bondLength(MoleculeGraph g, int a, int b) {
        int za = g.z[a], zb = g.z[b];
        if (za == 1 || zb == 1) {
            int heavy = za == 1 ? zb : za;
            return switch (heavy) {
                case 1 -> 0.74;
                case 6 -> 1.09;
                case 7 -> 1.01;
                case 8 -> 0.97;
                case 16 -> 1.34;
                default -> 0.32 + covalentRadius(heavy, 1);
            };
        }
        if (g.isAromaticBond(a, b))
            return 0.5 * (covalentRadius(za, 1) + covalentRadius(za, 2) + covalentRadius(zb, 1) + covalentRadius(zb, 2));
        int o = g.bondOrder(a, b);
        double single = covalentRadius(za, 1) + covalentRadius(zb, 1);
        // a single bond between two pi atoms is conjugated and shorter (butadiene 1.46, biphenyl 1.48)
        if (o == 1 && g.isPiAtom(a) && g.isPiAtom(b)) return single - 0.04;
        return covalentRadius(za, o) + covalentRadius(zb, o);
    }

    /** Bondi van der Waals radius (Å), 1.2 for H, 2.0 where not tabulated. */
    static double vdwRadius(int z) {
        return switch (z) {
            case 1 -> 1.20; case 5 -> 1.92; case 6 -> 1.70; case 7 -> 1.55; case 8 -> 1.52; case 9 -> 1.47;
            case 14 -> 2.10; case 15 -> 1.80; case 16 -> 1.80; case 17 -> 1.75; case 34 -> 1.90;
            case 35 -> 1.85; case 53 -> 1.98;
            default -> 2.0;
        };
    }

    /** Target angle (radians) a-c-b at centre c. */
    static double angle(MoleculeGraph g, int a, int c, int b) {
        int deg = g.degree(c);
        if (g.isLinear(c)) return Math.PI;
        int ring = g.smallestRingThroughAngle(a, c, b, 6);
        boolean trigonal = g.isTrigonal(c) || (deg == 2 && (g.isPiAtom(c) || g.isAromatic(c)));
        if (ring >= 3) {
            double polygon = Math.PI * (ring - 2) / ring;
            if (ring == 5 && !trigonal) return Math.toRadians(104.5);
            if (ring == 6 && !trigonal) return Math.toRadians(111.0);
            return polygon;
        }
        if (trigonal && deg == 3) {
            // the three angles of a planar centre sum to 360°: angles not inside a ring share what the rings leave
            int x = -1;
            for (int y : g.nb[c]) if (y != a && y != b) x = y;
            int r1 = g.smallestRingThroughAngle(a, c, x, 6), r2 = g.smallestRingThroughAngle(b, c, x, 6);
            double t1 = r1 >= 3 ? Math.PI * (r1 - 2) / r1 : Double.NaN, t2 = r2 >= 3 ? Math.PI * (r2 - 2) / r2 : Double.NaN;
            if (!Double.isNaN(t1) && !Double.isNaN(t2)) return 2 * Math.PI - t1 - t2;
            if (!Double.isNaN(t1)) return Math.PI - 0.5 * t1;
            if (!Double.isNaN(t2)) return Math.PI - 0.5 * t2;
            return Math.toRadians(120);
        }
        if (trigonal) return Math.toRadians(120);
        if (deg > 4) return Double.NaN; // hypervalent: left to repulsion (90°/120°/180° all occur)
        if (deg == 4) {
            // exocyclic angles at a 3- or 4-ring atom open up
            for (int x : g.nb[c]) {
                if (x == a || x == b) continue;
                for (int y : g.nb[c]) {
                    if (y == a || y == b || y == x) continue;
                    int r = g.smallestRingThroughAngle(x, c, y, 4);
                    if (r == 3) return Math.toRadians(117);
                    if (r == 4) return Math.toRadians(114);
                }
            }
        }
        if (g.z[c] == 8 && deg == 2) return Math.toRadians(108);
        return Math.toRadians(109.47);
    }

    /** Distance between a and b across centre c from two bond lengths and the angle. */
    static double lawOfCosines(double r1, double r2, double theta) {
        return Math.sqrt(Math.max(0, r1 * r1 + r2 * r2 - 2 * r1 * r2 * Math.cos(theta)));
    }
}

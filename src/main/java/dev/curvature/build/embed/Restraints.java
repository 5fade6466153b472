package dev.curvature.build.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Distance-geometry restraints for one molecule, built from the topology in O(N) (every list
 * holds only local pairs; contacts between atoms four or more bonds apart are found from the
 * coordinates during minimisation, with lower bounds from {@link #contactLowerBound}).
 *
 * <ul>
 *   <li>pair bounds [lower, upper] for 1-2 (bond length ± 1 %), 1-3 (angle ± 3°) and 1-4 atoms
 *       (cis … trans distance, or fixed cis/trans across a stereo double bond);</li>
 *   <li>signed volumes for stereo centres (within 0.5–1.5× the ideal tetrahedron);</li>
 *   <li>planarity of trigonal centres (volume of the three neighbours 0);</li>
 *   <li>torsion preferences (3-D stage only, the "experimental torsion" idea of ETKDG, Riniker &amp;
 *       Landrum 2015): staggered sp³–sp³ bonds, planar conjugated single bonds and double bonds,
 *       Z esters and amides, perpendicular allenes, planar butatrienes.</li>
 * </ul>
 */
final class Restraints {
    /** Scale on the sum of van der Waals radii for atoms ≥ 4 bonds apart (RDKit's DG uses 0.7). */
    static final double CONTACT_SCALE = 0.7;

    final MoleculeGraph g;
    // pair bounds, flat
    int pairCount;
    int[] pi = new int[16], pj = new int[16];
    double[] lower = new double[16], upper = new double[16], weight = new double[16];
    /** Atoms within three bonds of each atom (sorted): no contact term for them. */
    final int[][] near;
    final List<int[]> chiralAtoms = new ArrayList<>();   // l1, l2, l3, l4 (lone pair = focus)
    final List<double[]> chiralRange = new ArrayList<>(); // lower, upper signed volume
    final List<int[]> planar = new ArrayList<>();        // centre, n1, n2, n3
    final List<int[]> torsionAtoms = new ArrayList<>();
    final List<double[]> torsionForm = new ArrayList<>(); // V, k, sign:  V (1 + sign cos kφ)
    final double[] contactRadius;

    Restraints(MoleculeGraph g, StereoSpec stereo) {
        this.g = g;
        int n = g.n;
        contactRadius = new double[n];
        for (int a = 0; a < n; a++) contactRadius[a] = CONTACT_SCALE * IdealGeometry.vdwRadius(g.z[a]);
        double[][] bondLen = new double[n][];
        for (int a = 0; a < n; a++) {
            bondLen[a] = new double[g.nb[a].length];
            for (int k = 0; k < g.nb[a].length; k++) bondLen[a][k] = IdealGeometry.bondLength(g, a, g.nb[a][k]);
        }
        Set<Long> fixed14 = new HashSet<>();
        for (StereoSpec.DoubleBond db : stereo.doubleBonds()) fixed14.add(key(db.x1(), db.x2()));
        near = new int[n][];
        List<Integer> scratch = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int[] nbs = g.nb[c];
            for (int k = 0; k < nbs.length; k++) {
                int b = nbs[k];
                if (c < b) addPair(c, b, 0.99 * bondLen[c][k], 1.01 * bondLen[c][k], 1.0);
            }
            // 1-3 across centre c
            for (int p = 0; p < nbs.length; p++)
                for (int q = p + 1; q < nbs.length; q++) {
                    int a = nbs[p], b = nbs[q];
                    if (g.bonded(a, b)) continue; // 3-ring: already a bond
                    double theta = IdealGeometry.angle(g, a, c, b);
                    if (Double.isNaN(theta)) { // hypervalent centre: anything from 80° to 180°
                        addPair(a, b, IdealGeometry.lawOfCosines(bondLen[c][p], bondLen[c][q], Math.toRadians(80)),
                                bondLen[c][p] + bondLen[c][q], 1.0);
                        continue;
                    }
                    double tol = Math.toRadians(3);
                    double lo = IdealGeometry.lawOfCosines(bondLen[c][p], bondLen[c][q], theta - tol);
                    double hi = IdealGeometry.lawOfCosines(bondLen[c][p], bondLen[c][q], Math.min(Math.PI, theta + tol));
                    if (theta >= Math.PI - 1e-9) lo = 0.995 * (bondLen[c][p] + bondLen[c][q]);
                    addPair(a, b, lo, hi, 1.0);
                }
            if (g.isTrigonal(c)) planar.add(new int[]{c, nbs[0], nbs[1], nbs[2]});
            // near list: atoms within three bonds
            scratch.clear();
            for (int b : nbs) {
                scratch.add(b);
                for (int a : g.nb[b]) {
                    if (a == c) continue;
                    scratch.add(a);
                    for (int d : g.nb[a]) if (d != b && d != c) scratch.add(d);
                }
            }
            near[c] = scratch.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        }
        addTorsionBounds(bondLen, stereo, fixed14);
        for (StereoSpec.Chirality ch : stereo.chiralities()) addChirality(ch);
        TorsionPreferences.addTo(this);
    }

    private void addTorsionBounds(double[][] bondLen, StereoSpec stereo, Set<Long> fixed14) {
        java.util.Map<Long, Boolean> together = new java.util.HashMap<>();
        for (StereoSpec.DoubleBond db : stereo.doubleBonds()) {
            together.put(key(db.x1(), db.x2()), db.together());
            // the other substituents follow: x1' opposite x1
            for (int x1 : g.nb[db.c1()]) {
                if (x1 == db.c2()) continue;
                for (int x2 : g.nb[db.c2()]) {
                    if (x2 == db.c1()) continue;
                    boolean same = (x1 == db.x1()) == (x2 == db.x2());
                    together.put(key(x1, x2), same == db.together());
                }
            }
        }
        for (int j = 0; j < g.n; j++)
            for (int kk = 0; kk < g.nb[j].length; kk++) {
                int k = g.nb[j][kk];
                if (k < j) continue;
                if (g.isLinear(j) || g.isLinear(k)) continue; // torsion undefined about a linear centre
                boolean dbl = g.bondOrder(j, k) == 2 && !g.isAromaticBond(j, k);
                int ringOfBond = g.smallestRingThroughBond(j, k, 7);
                boolean flatRing = ringOfBond > 0 && (g.isAromaticBond(j, k) || dbl);
                for (int ii = 0; ii < g.nb[j].length; ii++) {
                    int i = g.nb[j][ii];
                    if (i == k) continue;
                    for (int ll = 0; ll < g.nb[k].length; ll++) {
                        int l = g.nb[k][ll];
                        if (l == j || l == i || g.bonded(i, l) || sharesNeighbour(i, l)) continue;
                        double rij = bondLen[j][ii], rjk = bondLen[j][kk], rkl = bondLen[k][ll];
                        double t1 = IdealGeometry.angle(g, i, j, k), t2 = IdealGeometry.angle(g, j, k, l);
                        if (Double.isNaN(t1)) t1 = Math.toRadians(109.47);
                        if (Double.isNaN(t2)) t2 = Math.toRadians(109.47);
                        double cis = distanceAtTorsion(rij, rjk, rkl, t1, t2, 0);
                        double trans = distanceAtTorsion(rij, rjk, rkl, t1, t2, Math.PI);
                        Boolean tog = together.get(key(i, l));
                        if (tog != null && dbl) {
                            double d = tog ? cis : trans;
                            addPair(i, l, d - 0.05, d + 0.05, 1.0);
                        } else if (flatRing) {
                            // bond in a small planar ring: cis when i and l lie on one ring through it, or
                            // both outside every ring through it (exo-exo); trans otherwise
                            boolean iIn = g.smallestRingThroughAngle(i, j, k, 7) > 0, lIn = g.smallestRingThroughAngle(j, k, l, 7) > 0;
                            boolean cisSide = sameRing(i, j, k, l) || (!iIn && !lIn);
                            double d = cisSide ? cis : trans;
                            addPair(i, l, d - 0.08, d + 0.08, 1.0);
                        } else {
                            addPair(i, l, cis - 0.05, trans + 0.05, 1.0);
                        }
                    }
                }
            }
    }

    /** Whether i-j-k-l lie on one ring of at most 7 atoms. */
    private boolean sameRing(int i, int j, int k, int l) {
        int d = g.shortestDetour(i, l, new int[]{j, k}, 4);
        return d > 0 && d + 3 <= 7;
    }

    private boolean sharesNeighbour(int a, int b) {
        for (int x : g.nb[a]) if (g.bonded(x, b)) return true;
        return false;
    }

    /** Distance between the ends of a-b-c-d at torsion phi, from bond lengths and angles. */
    static double distanceAtTorsion(double r1, double r2, double r3, double t1, double t2, double phi) {
        // b at origin, c on +x; a in the xy plane; d rotated by phi about x
        double ax = r1 * Math.cos(t1), ay = r1 * Math.sin(t1);
        double dx = r2 - r3 * Math.cos(t2), dr = r3 * Math.sin(t2);
        double dy = dr * Math.cos(phi), dz = dr * Math.sin(phi);
        double ex = dx - ax, ey = dy - ay;
        return Math.sqrt(ex * ex + ey * ey + dz * dz);
    }

    private void addChirality(StereoSpec.Chirality ch) {
        int[] l = {ch.l1(), ch.l2(), ch.l3(), ch.l4()};
        // ideal volume: ligands on a regular tetrahedron at their bond lengths (lone pair at the centre)
        double[][] dirs = {{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}};
        double[][] p = new double[4][3];
        for (int k = 0; k < 4; k++) {
            double r = l[k] == ch.focus() ? 0 : IdealGeometry.bondLength(g, ch.focus(), l[k]) / Math.sqrt(3);
            if (!g.bonded(ch.focus(), l[k]) && l[k] != ch.focus()) r = 2.6 / Math.sqrt(3); // allene ends
            for (int d = 0; d < 3; d++) p[k][d] = r * dirs[k][d];
        }
        double v = Math.abs(volume(p[0], p[1], p[2], p[3]));
        chiralAtoms.add(l);
        chiralRange.add(ch.clockwise() ? new double[]{0.5 * v, 1.5 * v} : new double[]{-1.5 * v, -0.5 * v});
    }

    static double volume(double[] a, double[] b, double[] c, double[] d) {
        double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
        double vx = c[0] - a[0], vy = c[1] - a[1], vz = c[2] - a[2];
        double wx = d[0] - a[0], wy = d[1] - a[1], wz = d[2] - a[2];
        return ux * (vy * wz - vz * wy) - uy * (vx * wz - vz * wx) + uz * (vx * wy - vy * wx);
    }

    void addPair(int i, int j, double lo, double hi, double w) {
        if (pairCount == pi.length) {
            int m = 2 * pairCount;
            pi = Arrays.copyOf(pi, m); pj = Arrays.copyOf(pj, m);
            lower = Arrays.copyOf(lower, m); upper = Arrays.copyOf(upper, m); weight = Arrays.copyOf(weight, m);
        }
        pi[pairCount] = i; pj[pairCount] = j; lower[pairCount] = lo; upper[pairCount] = hi; weight[pairCount] = w;
        pairCount++;
    }

    void addTorsion(int a, int b, int c, int d, double v, int k, int sign) {
        torsionAtoms.add(new int[]{a, b, c, d});
        torsionForm.add(new double[]{v, k, sign});
    }

    boolean isNear(int a, int b) { return Arrays.binarySearch(near[a], b) >= 0; }

    /** Lower bound on the distance of atoms four or more bonds apart. */
    double contactLowerBound(int a, int b) { return contactRadius[a] + contactRadius[b]; }

    private static long key(int a, int b) { return a < b ? ((long) a << 32) | b : ((long) b << 32) | a; }
}
